package syntax

import "strings"

// tokKind is the kind of a lexical token.
type tokKind uint8

const (
	tEOF tokKind = iota
	tInvalid
	tPipe // |> or <| (rejected)

	tID
	tInt
	tFloat
	tPath     // first segment of a path: ./a, a/b, /x, or a segment before ${
	tHPath    // ~/x or ~/ before ${
	tSPath    // <nixpkgs/lib>
	tURI      // http://x
	tStr      // literal run inside "…" or a path continuation
	tIndStr   // literal run or escape inside ''…''
	tDollar   // ${
	tStrOpen  // " opening
	tStrClose // " closing
	tIndOpen  // ''
	tIndClose // ''
	tPathEnd  // zero-width end of a path

	tIf
	tThen
	tElse
	tAssert
	tWith
	tLet
	tIn
	tRec
	tInherit
	tOrKw

	tEllipsis // ...
	tEq       // ==
	tNeq      // !=
	tLeq      // <=
	tGeq      // >=
	tAnd      // &&
	tOr       // ||
	tImpl     // ->
	tUpdate   // //
	tConcat   // ++

	tLBrace
	tRBrace
	tLBrack
	tRBrack
	tLParen
	tRParen
	tSemi
	tColon
	tComma
	tAt
	tAssign
	tQuestion
	tDot
	tPlus
	tMinus
	tStar
	tSlash
	tLess
	tGreater
	tNot
)

var tokNames = [...]string{
	tEOF: "end of file", tInvalid: "invalid character", tPipe: "pipe operator",
	tID: "identifier", tInt: "integer", tFloat: "float", tPath: "path", tHPath: "path",
	tSPath: "search path", tURI: "URI", tStr: "string", tIndStr: "string", tDollar: "'${'",
	tStrOpen: "'\"'", tStrClose: "'\"'", tIndOpen: "\"''\"", tIndClose: "\"''\"", tPathEnd: "end of path",
	tIf: "'if'", tThen: "'then'", tElse: "'else'", tAssert: "'assert'", tWith: "'with'",
	tLet: "'let'", tIn: "'in'", tRec: "'rec'", tInherit: "'inherit'", tOrKw: "'or'",
	tEllipsis: "'...'", tEq: "'=='", tNeq: "'!='", tLeq: "'<='", tGeq: "'>='", tAnd: "'&&'",
	tOr: "'||'", tImpl: "'->'", tUpdate: "'//'", tConcat: "'++'",
	tLBrace: "'{'", tRBrace: "'}'", tLBrack: "'['", tRBrack: "']'", tLParen: "'('", tRParen: "')'",
	tSemi: "';'", tColon: "':'", tComma: "','", tAt: "'@'", tAssign: "'='", tQuestion: "'?'",
	tDot: "'.'", tPlus: "'+'", tMinus: "'-'", tStar: "'*'", tSlash: "'/'", tLess: "'<'",
	tGreater: "'>'", tNot: "'!'",
}

func (k tokKind) String() string {
	if int(k) < len(tokNames) && tokNames[k] != "" {
		return tokNames[k]
	}
	return "token"
}

var keywords = map[string]tokKind{
	"if": tIf, "then": tThen, "else": tElse, "assert": tAssert, "with": tWith,
	"let": tLet, "in": tIn, "rec": tRec, "inherit": tInherit, "or": tOrKw,
}

// token is one lexical token. For tID, tPath, tHPath, tSPath, tURI, tInt,
// tFloat and path continuations (tStr in a path) text is the source text;
// for literal runs of strings it is the unescaped text.
type token struct {
	kind tokKind
	ind  bool // tIndStr: raw text subject to indentation stripping
	pos  int
	end  int
	text string
}

// lexer states (the bottom of the stack is the implicit initial state).
const (
	stDefault uint8 = iota
	stString
	stIndString
	stInPath
	stInPathSlash
)

// lexer turns source text into tokens. Like Nix's lexer it keeps a stack of
// states so that `}` ends an interpolation and resumes the enclosing string
// or path; it does not depend on the parser.
type lexer struct {
	src      string
	off      int
	stack    []uint8
	comments []*Comment
	errs     []*Error

	// cached character runs (see pathCharsEnd and schemeEnd)
	runStart, runEnd        int
	schemeStart, schemeStop int
}

func (l *lexer) state() uint8 {
	if len(l.stack) == 0 {
		return stDefault
	}
	return l.stack[len(l.stack)-1]
}

func (l *lexer) push(s uint8) { l.stack = append(l.stack, s) }

func (l *lexer) pop() {
	if len(l.stack) > 0 {
		l.stack = l.stack[:len(l.stack)-1]
	}
}

func (l *lexer) errorf(pos, end int, msg string) {
	l.errs = append(l.errs, &Error{Range: Span{pos, end}, Msg: msg})
}

func isIDStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isIDChar(c byte) bool {
	return isIDStart(c) || c >= '0' && c <= '9' || c == '\'' || c == '-'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isPathChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '.' || c == '_' || c == '-' || c == '+'
}

func isURIChar(c byte) bool {
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
		return true
	}
	switch c {
	case '%', '/', '?', ':', '@', '&', '=', '+', '$', ',', '-', '_', '.', '!', '~', '*', '\'':
		return true
	}
	return false
}

// next returns the next token.
func (l *lexer) next() token {
	switch l.state() {
	case stString:
		return l.lexString()
	case stIndString:
		return l.lexIndString()
	case stInPath, stInPathSlash:
		return l.lexInPath()
	}
	return l.lexDefault()
}

// pathCharsEnd returns the end of a run of path characters starting at i.
// The end of the last run is cached, so that scanning `a.b.c.d…` or
// `----1` token by token stays linear.
func (l *lexer) pathCharsEnd(i int) int {
	if i >= l.runStart && i < l.runEnd {
		return l.runEnd
	}
	j := i
	for j < len(l.src) && isPathChar(l.src[j]) {
		j++
	}
	l.runStart, l.runEnd = i, j
	return j
}

func isSchemeChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '+' || c == '-' || c == '.'
}

// schemeEnd returns the end of a run of URI scheme characters from i
// (cached like pathCharsEnd).
func (l *lexer) schemeEnd(i int) int {
	if i >= l.schemeStart && i < l.schemeStop {
		return l.schemeStop
	}
	j := i
	for j < len(l.src) && isSchemeChar(l.src[j]) {
		j++
	}
	l.schemeStart, l.schemeStop = i, j
	return j
}

// pathLen matches {PATH_CHAR}*(\/{PATH_CHAR}+)+\/? at i and returns its
// length, or 0.
func (l *lexer) pathLen(i int) int {
	j := l.pathCharsEnd(i)
	segs := 0
	for j+1 < len(l.src) && l.src[j] == '/' && isPathChar(l.src[j+1]) {
		j = l.pathCharsEnd(j + 1)
		segs++
	}
	if segs == 0 {
		return 0
	}
	if j < len(l.src) && l.src[j] == '/' {
		j++
	}
	return j - i
}

// pathSegLen matches {PATH_CHAR}*\/ at i and returns its length, or 0.
func (l *lexer) pathSegLen(i int) int {
	j := l.pathCharsEnd(i)
	if j < len(l.src) && l.src[j] == '/' {
		return j + 1 - i
	}
	return 0
}

func (l *lexer) hasPrefixAt(i int, s string) bool {
	return strings.HasPrefix(l.src[i:], s)
}

// floatLen matches Nix's FLOAT at i.
func (l *lexer) floatLen(i int) int {
	s := l.src
	n := len(s)
	best := 0
	if i < n && s[i] >= '1' && s[i] <= '9' {
		j := i + 1
		for j < n && isDigit(s[j]) {
			j++
		}
		if j < n && s[j] == '.' {
			j++
			for j < n && isDigit(s[j]) {
				j++
			}
			best = j - i
		}
	}
	k := i
	if k < n && s[k] == '0' {
		k++
	}
	if k+1 < n && s[k] == '.' && isDigit(s[k+1]) {
		k += 2
		for k < n && isDigit(s[k]) {
			k++
		}
		if k-i > best {
			best = k - i
		}
	}
	if best == 0 {
		return 0
	}
	j := i + best
	if j < n && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < n && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if k < n && isDigit(s[k]) {
			for k < n && isDigit(s[k]) {
				k++
			}
			best = k - i
		}
	}
	return best
}

// uriLen matches Nix's URI at i.
func (l *lexer) uriLen(i int) int {
	s := l.src
	n := len(s)
	if i >= n || !(s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		return 0
	}
	j := l.schemeEnd(i + 1)
	if j >= n || s[j] != ':' {
		return 0
	}
	j++
	k := j
	for k < n && isURIChar(s[k]) {
		k++
	}
	if k == j {
		return 0
	}
	return k - i
}

// spathLen matches \<{PATH_CHAR}+(\/{PATH_CHAR}+)*\> at i.
func (l *lexer) spathLen(i int) int {
	s := l.src
	j := l.pathCharsEnd(i + 1)
	if j == i+1 {
		return 0
	}
	for j < len(s) && s[j] == '/' {
		k := l.pathCharsEnd(j + 1)
		if k == j+1 {
			return 0
		}
		j = k
	}
	if j < len(s) && s[j] == '>' {
		return j + 1 - i
	}
	return 0
}

// skipSpace skips white space and comments, recording comments.
func (l *lexer) skipSpace() {
	s := l.src
	for l.off < len(s) {
		c := s[l.off]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			l.off++
		case c == '#':
			start := l.off
			for l.off < len(s) && s[l.off] != '\n' && s[l.off] != '\r' {
				l.off++
			}
			l.comments = append(l.comments, &Comment{Range: Span{start, l.off}, Text: s[start:l.off]})
		case c == '/' && l.off+1 < len(s) && s[l.off+1] == '*':
			start := l.off
			k := strings.Index(s[l.off+2:], "*/")
			if k < 0 {
				l.off = len(s)
				l.errorf(start, start+2, "unterminated comment: '/*' has no matching '*/'")
			} else {
				l.off += 2 + k + 2
			}
			l.comments = append(l.comments, &Comment{Range: Span{start, l.off}, Text: s[start:l.off], Block: true})
		default:
			return
		}
	}
}

func (l *lexer) tok(kind tokKind, start, end int) token {
	l.off = end
	return token{kind: kind, pos: start, end: end}
}

func (l *lexer) lexDefault() token {
	l.skipSpace()
	s := l.src
	i := l.off
	if i >= len(s) {
		return token{kind: tEOF, pos: i, end: i}
	}
	c := s[i]
	var c1 byte
	if i+1 < len(s) {
		c1 = s[i+1]
	}

	// Fast paths for the commonest tokens that no longer token can
	// overtake: punctuation, and identifiers not followed by a character
	// that could continue a path or a URI.
	switch c {
	case '{':
		l.push(stDefault)
		return l.tok(tLBrace, i, i+1)
	case '}':
		l.pop()
		return l.tok(tRBrace, i, i+1)
	case ';':
		return l.tok(tSemi, i, i+1)
	case '(':
		return l.tok(tLParen, i, i+1)
	case ')':
		return l.tok(tRParen, i, i+1)
	case '[':
		return l.tok(tLBrack, i, i+1)
	case ']':
		return l.tok(tRBrack, i, i+1)
	case ',':
		return l.tok(tComma, i, i+1)
	case '@':
		return l.tok(tAt, i, i+1)
	case '?':
		return l.tok(tQuestion, i, i+1)
	case '"':
		l.push(stString)
		return l.tok(tStrOpen, i, i+1)
	case '=':
		if c1 != '=' {
			return l.tok(tAssign, i, i+1)
		}
	}
	if isIDStart(c) {
		j := i + 1
		for j < len(s) && isIDChar(s[j]) {
			j++
		}
		if j == len(s) || (s[j] != '.' && s[j] != '+' && s[j] != '/' && s[j] != ':') {
			t := l.tok(tID, i, j)
			t.text = s[i:j]
			if k, ok := keywords[t.text]; ok {
				t.kind = k
			}
			return t
		}
	}

	// Candidates in Nix's rule order; a later rule wins only when longer.
	kind := tInvalid
	n := 1
	consider := func(k tokKind, m int) {
		if m > n || (kind == tInvalid && m > 0) {
			kind, n = k, m
		}
	}
	// operators and punctuation
	switch c {
	case '.':
		if c1 == '.' && i+2 < len(s) && s[i+2] == '.' {
			consider(tEllipsis, 3)
		} else {
			consider(tDot, 1)
		}
	case '=':
		if c1 == '=' {
			consider(tEq, 2)
		} else {
			consider(tAssign, 1)
		}
	case '!':
		if c1 == '=' {
			consider(tNeq, 2)
		} else {
			consider(tNot, 1)
		}
	case '<':
		switch c1 {
		case '=':
			consider(tLeq, 2)
		case '|':
			consider(tPipe, 2)
		default:
			consider(tLess, 1)
		}
	case '>':
		if c1 == '=' {
			consider(tGeq, 2)
		} else {
			consider(tGreater, 1)
		}
	case '&':
		if c1 == '&' {
			consider(tAnd, 2)
		}
	case '|':
		switch c1 {
		case '|':
			consider(tOr, 2)
		case '>':
			consider(tPipe, 2)
		}
	case '-':
		if c1 == '>' {
			consider(tImpl, 2)
		} else {
			consider(tMinus, 1)
		}
	case '/':
		if c1 == '/' {
			consider(tUpdate, 2)
		} else {
			consider(tSlash, 1)
		}
	case '+':
		if c1 == '+' {
			consider(tConcat, 2)
		} else {
			consider(tPlus, 1)
		}
	case '*':
		consider(tStar, 1)
	case '{':
		consider(tLBrace, 1)
	case '}':
		consider(tRBrace, 1)
	case '[':
		consider(tLBrack, 1)
	case ']':
		consider(tRBrack, 1)
	case '(':
		consider(tLParen, 1)
	case ')':
		consider(tRParen, 1)
	case ';':
		consider(tSemi, 1)
	case ':':
		consider(tColon, 1)
	case ',':
		consider(tComma, 1)
	case '@':
		consider(tAt, 1)
	case '?':
		consider(tQuestion, 1)
	}
	if isIDStart(c) {
		j := i + 1
		for j < len(s) && isIDChar(s[j]) {
			j++
		}
		consider(tID, j-i)
	}
	if isDigit(c) {
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		consider(tInt, j-i)
	}
	if isDigit(c) || c == '.' {
		consider(tFloat, l.floatLen(i))
	}
	if c == '$' && c1 == '{' {
		consider(tDollar, 2)
	}
	if c == '"' {
		consider(tStrOpen, 1)
	}
	if c == '\'' && c1 == '\'' {
		consider(tIndOpen, 2)
	}
	// PATH_SEG${ and HPATH_START${ (matched length includes the ${)
	pathInterp := false
	if isPathChar(c) || c == '/' {
		if m := l.pathSegLen(i); m > 0 && l.hasPrefixAt(i+m, "${") {
			if m+2 > n {
				kind, n, pathInterp = tPath, m+2, true
			}
		}
	}
	if c == '~' && c1 == '/' && l.hasPrefixAt(i+2, "${") && 4 > n {
		kind, n, pathInterp = tHPath, 4, true
	}
	if !pathInterp {
		if isPathChar(c) || c == '/' {
			consider(tPath, l.pathLen(i))
		}
		if c == '~' && c1 == '/' {
			if m := l.pathLen(i + 1); m > 0 {
				consider(tHPath, 1+m)
			}
		}
	}
	if c == '<' {
		consider(tSPath, l.spathLen(i))
	}
	consider(tURI, l.uriLen(i))

	switch kind {
	case tID:
		t := l.tok(tID, i, i+n)
		t.text = s[i : i+n]
		if k, ok := keywords[t.text]; ok {
			t.kind = k
		}
		return t
	case tInt, tFloat, tURI, tSPath:
		t := l.tok(kind, i, i+n)
		t.text = s[i : i+n]
		return t
	case tPath, tHPath:
		if pathInterp {
			n -= 2 // the ${ is lexed separately
		}
		t := l.tok(kind, i, i+n)
		t.text = s[i : i+n]
		if s[i+n-1] == '/' {
			l.push(stInPathSlash)
		} else {
			l.push(stInPath)
		}
		return t
	case tDollar, tLBrace:
		l.push(stDefault)
		return l.tok(kind, i, i+n)
	case tRBrace:
		l.pop()
		return l.tok(kind, i, i+n)
	case tStrOpen:
		l.push(stString)
		return l.tok(kind, i, i+n)
	case tIndOpen:
		j := i + 2
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j < len(s) && s[j] == '\n' {
			n = j + 1 - i
		}
		l.push(stIndString)
		return l.tok(kind, i, i+n)
	case tInvalid:
		return l.tok(tInvalid, i, i+1)
	}
	return l.tok(kind, i, i+n)
}

// lexString lexes inside "…".
func (l *lexer) lexString() token {
	s := l.src
	i := l.off
	if i >= len(s) {
		return token{kind: tEOF, pos: i, end: i}
	}
	if s[i] == '"' {
		l.pop()
		return l.tok(tStrClose, i, i+1)
	}
	if s[i] == '$' && i+1 < len(s) && s[i+1] == '{' {
		l.push(stDefault)
		return l.tok(tDollar, i, i+2)
	}
	j := i
	escapes := false
loop:
	for j < len(s) {
		switch s[j] {
		case '"':
			break loop
		case '\\':
			if j+1 >= len(s) {
				break loop
			}
			escapes = true
			j += 2
		case '$':
			if j+1 >= len(s) {
				break loop
			}
			switch s[j+1] {
			case '{':
				break loop
			case '"':
				j++
				break loop
			case '\\':
				if j+2 >= len(s) {
					break loop
				}
				escapes = true
				j += 3
			default:
				j += 2
			}
		case '\r':
			escapes = true
			j++
		default:
			j++
		}
	}
	if j == i {
		// a lone '\' or '$' at the end of the input
		return l.tok(tEOF, len(s), len(s))
	}
	t := l.tok(tStr, i, j)
	if escapes {
		t.text = unescape(s[i:j], true)
	} else {
		t.text = s[i:j]
	}
	return t
}

// unescape resolves \n \r \t and \x escapes; with normCR it also turns CR
// and CR LF into LF, as Nix does for "…" strings.
func unescape(s string, normCR bool) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			default:
				b.WriteByte(s[i])
			}
		case c == '\r' && normCR:
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// lexIndString lexes inside an indented string.
func (l *lexer) lexIndString() token {
	s := l.src
	i := l.off
	n := len(s)
	if i >= n {
		return token{kind: tEOF, pos: i, end: i}
	}
	lit := func(end int, text string) token {
		t := l.tok(tIndStr, i, end)
		t.text = text
		return t
	}
	if s[i] == '\'' && i+1 < n && s[i+1] == '\'' {
		if i+2 < n {
			switch s[i+2] {
			case '$':
				return lit(i+3, "$")
			case '\'':
				return lit(i+3, "''")
			case '\\':
				if i+3 < n {
					return lit(i+4, unescape(s[i+2:i+4], false))
				}
			}
		}
		l.pop()
		return l.tok(tIndClose, i, i+2)
	}
	if s[i] == '$' && i+1 < n && s[i+1] == '{' {
		l.push(stDefault)
		return l.tok(tDollar, i, i+2)
	}
	j := i
	for j < n {
		c := s[j]
		if c == '$' {
			if j+1 < n && s[j+1] != '{' && s[j+1] != '\'' {
				j += 2
				continue
			}
			break
		}
		if c == '\'' {
			if j+1 < n && s[j+1] != '\'' && s[j+1] != '$' {
				j += 2
				continue
			}
			break
		}
		j++
	}
	if j == i {
		// a lone '$' or '\'' that cannot start a longer run
		return lit(i+1, s[i:i+1])
	}
	t := lit(j, s[i:j])
	t.ind = true
	return t
}

// lexInPath lexes the continuation of a path after its first segment.
func (l *lexer) lexInPath() token {
	s := l.src
	i := l.off
	slash := l.state() == stInPathSlash
	if i+1 < len(s) && s[i] == '$' && s[i+1] == '{' {
		l.pop()
		l.push(stInPath)
		l.push(stDefault)
		return l.tok(tDollar, i, i+2)
	}
	m := l.pathLen(i)
	if k := l.pathSegLen(i); k > m {
		m = k
	}
	if k := l.pathCharsEnd(i) - i; k > m {
		m = k
	}
	if m > 0 {
		l.pop()
		if s[i+m-1] == '/' {
			l.push(stInPathSlash)
		} else {
			l.push(stInPath)
		}
		t := l.tok(tStr, i, i+m)
		t.text = s[i : i+m]
		return t
	}
	l.pop()
	if slash {
		l.errorf(i-1, i, "path has a trailing slash")
	}
	return token{kind: tPathEnd, pos: i, end: i}
}
