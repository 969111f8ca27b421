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

// keyword returns the kind of identifier s: a keyword's kind, or tID.
func keyword(s string) tokKind {
	switch len(s) {
	case 2:
		switch s {
		case "if":
			return tIf
		case "in":
			return tIn
		case "or":
			return tOrKw
		}
	case 3:
		switch s {
		case "let":
			return tLet
		case "rec":
			return tRec
		}
	case 4:
		switch s {
		case "then":
			return tThen
		case "else":
			return tElse
		case "with":
			return tWith
		}
	case 6:
		if s == "assert" {
			return tAssert
		}
	case 7:
		if s == "inherit" {
			return tInherit
		}
	}
	return tID
}

// token is one lexical token. It holds no text (so that tokens are cheap
// to copy and hold no pointers): the text of a token is its source text,
// except for literal runs of strings, whose value the lexer's text method
// computes.
type token struct {
	kind tokKind
	ind  bool // tIndStr: raw text subject to indentation stripping
	esc  bool // tStr, tIndStr: escapes (or CRs) to resolve (see text)
	pos  int
	end  int
}

// text returns the text of t: its source text or, for a literal run of a
// string, its value (escapes resolved).
func (l *lexer) text(t token) string {
	if !t.esc {
		return l.src[t.pos:t.end]
	}
	return l.stringText(t)
}

// stringText is text for a literal run of a string with escapes.
func (l *lexer) stringText(t token) string {
	s := l.src[t.pos:t.end]
	switch {
	case t.kind == tStr:
		return unescape(s, true)
	case len(s) >= 3 && s[0] == '\'' && s[1] == '\'':
		// an escape in an indented string: ''$, ''' or ''\x
		switch s[2] {
		case '$':
			return "$"
		case '\'':
			return "''"
		}
		return unescape(s[2:], false)
	}
	return s
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
	slab     slab[Comment]

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

// Character classes, as bits of charClass.
const (
	cIDStart = 1 << iota // [a-zA-Z_]
	cIDChar              // [a-zA-Z0-9_'-]
	cDigit               // [0-9]
	cPath                // PATH_CHAR: [a-zA-Z0-9._+-]
	cScheme              // URI scheme after the first letter: [a-zA-Z0-9+.-]
	cURI                 // URI body: [a-zA-Z0-9%/?:@&=+$,_.!~*'-]
	cSpace               // ' ', '\t', '\r', '\n'
)

var charClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		digit := c >= '0' && c <= '9'
		var k uint8
		if letter || c == '_' {
			k |= cIDStart
		}
		if letter || digit || c == '_' || c == '\'' || c == '-' {
			k |= cIDChar
		}
		if digit {
			k |= cDigit
		}
		if letter || digit || c == '.' || c == '_' || c == '-' || c == '+' {
			k |= cPath
		}
		if letter || digit || c == '+' || c == '-' || c == '.' {
			k |= cScheme
		}
		if letter || digit || strings.IndexByte("%/?:@&=+$,-_.!~*'", byte(c)) >= 0 {
			k |= cURI
		}
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			k |= cSpace
		}
		t[c] = k
	}
	return t
}()

func isIDStart(c byte) bool  { return charClass[c]&cIDStart != 0 }
func isIDChar(c byte) bool   { return charClass[c]&cIDChar != 0 }
func isDigit(c byte) bool    { return charClass[c]&cDigit != 0 }
func isPathChar(c byte) bool { return charClass[c]&cPath != 0 }
func isURIChar(c byte) bool  { return charClass[c]&cURI != 0 }

// next returns the next token.
func (l *lexer) next() token {
	var t token
	l.scan(&t)
	return t
}

// scan sets *t to the next token.
func (l *lexer) scan(t *token) {
	if n := len(l.stack); n == 0 || l.stack[n-1] == stDefault {
		l.lexDefault(t)
		return
	}
	l.scanIn(t)
}

// scanIn is scan inside a string or a path.
func (l *lexer) scanIn(t *token) {
	switch l.state() {
	case stString:
		l.lexString(t)
	case stIndString:
		l.lexIndString(t)
	case stInPath, stInPathSlash:
		l.lexInPath(t)
	default:
		l.lexDefault(t)
	}
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

func isSchemeChar(c byte) bool { return charClass[c]&cScheme != 0 }

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

// skipComments skips comments and the white space between them.
func (l *lexer) skipComments() {
	s := l.src
	for l.off < len(s) {
		c := s[l.off]
		switch {
		case charClass[c]&cSpace != 0:
			i := l.off + 1
			for i < len(s) && charClass[s[i]]&cSpace != 0 {
				i++
			}
			l.off = i
		case c == '#':
			start := l.off
			for l.off < len(s) && s[l.off] != '\n' && s[l.off] != '\r' {
				l.off++
			}
			l.comments = append(l.comments, newNode(l, &l.slab, Comment{Range: Span{start, l.off}, Text: s[start:l.off]}))
		case c == '/' && l.off+1 < len(s) && s[l.off+1] == '*':
			start := l.off
			k := strings.Index(s[l.off+2:], "*/")
			if k < 0 {
				l.off = len(s)
				l.errorf(start, start+2, "unterminated comment: '/*' has no matching '*/'")
			} else {
				l.off += 2 + k + 2
			}
			l.comments = append(l.comments, newNode(l, &l.slab, Comment{Range: Span{start, l.off}, Text: s[start:l.off], Block: true}))
		default:
			return
		}
	}
}

// tok sets *t to a token of kind from start to end, which is where
// lexing goes on. (Tokens are written in place rather than returned: a
// returned token is copied through memory at each level, slowly.)
func (l *lexer) tok(t *token, kind tokKind, start, end int) {
	l.off = end
	*t = token{kind: kind, pos: start, end: end}
}

// lexOperator lexes the operator or integer at i when no longer token
// (a path, a URI, a float) can start there, and reports whether it did.
// It is a fast path: lexDefault's general rules give the same result.
func (l *lexer) lexOperator(t *token, i int, c, c1 byte) bool {
	s := l.src
	// notPath reports that no path starts at i: its run of path
	// characters is not followed by a '/'.
	notPath := func() bool {
		e := l.pathCharsEnd(i)
		return e == len(s) || s[e] != '/'
	}
	switch c {
	case '.':
		if c1 == '.' || isDigit(c1) || !notPath() {
			return false
		}
		l.tok(t, tDot, i, i+1)
	case '-':
		if !notPath() {
			return false
		}
		if c1 == '>' {
			l.tok(t, tImpl, i, i+2)
		} else {
			l.tok(t, tMinus, i, i+1)
		}
	case '+':
		if !notPath() {
			return false
		}
		if c1 == '+' {
			l.tok(t, tConcat, i, i+2)
		} else {
			l.tok(t, tPlus, i, i+1)
		}
	case '/':
		switch {
		case c1 == '/':
			l.tok(t, tUpdate, i, i+2)
		case isPathChar(c1) || c1 == '$':
			return false
		default:
			l.tok(t, tSlash, i, i+1)
		}
	case '=':
		if c1 != '=' {
			return false
		}
		l.tok(t, tEq, i, i+2)
	case '!':
		if c1 == '=' {
			l.tok(t, tNeq, i, i+2)
		} else {
			l.tok(t, tNot, i, i+1)
		}
	case '>':
		if c1 == '=' {
			l.tok(t, tGeq, i, i+2)
		} else {
			l.tok(t, tGreater, i, i+1)
		}
	case '&':
		if c1 != '&' {
			return false
		}
		l.tok(t, tAnd, i, i+2)
	case '|':
		if c1 != '|' {
			return false
		}
		l.tok(t, tOr, i, i+2)
	case '*':
		l.tok(t, tStar, i, i+1)
	case ':':
		l.tok(t, tColon, i, i+1)
	case '$':
		if c1 != '{' {
			return false
		}
		l.push(stDefault)
		l.tok(t, tDollar, i, i+2)
	default:
		if !isDigit(c) {
			return false
		}
		// An integer, unless the run of path characters goes on (a
		// float, a path, or `1e3` lexed as `1` and `e3`) or a '/'
		// follows (a path).
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j < len(s) && (isPathChar(s[j]) || s[j] == '/') {
			return false
		}
		l.tok(t, tInt, i, j)
	}
	return true
}

func (l *lexer) lexDefault(t *token) {
	s := l.src
	i := l.off
	for i < len(s) && charClass[s[i]]&cSpace != 0 {
		i++
	}
	l.off = i
	if i < len(s) && (s[i] == '#' || s[i] == '/') {
		l.skipComments()
		i = l.off
	}
	if i >= len(s) {
		l.tok(t, tEOF, i, i)
		return
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
		l.tok(t, tLBrace, i, i+1)
		return
	case '}':
		l.pop()
		l.tok(t, tRBrace, i, i+1)
		return
	case ';':
		l.tok(t, tSemi, i, i+1)
		return
	case '(':
		l.tok(t, tLParen, i, i+1)
		return
	case ')':
		l.tok(t, tRParen, i, i+1)
		return
	case '[':
		l.tok(t, tLBrack, i, i+1)
		return
	case ']':
		l.tok(t, tRBrack, i, i+1)
		return
	case ',':
		l.tok(t, tComma, i, i+1)
		return
	case '@':
		l.tok(t, tAt, i, i+1)
		return
	case '?':
		l.tok(t, tQuestion, i, i+1)
		return
	case '"':
		l.push(stString)
		l.tok(t, tStrOpen, i, i+1)
		return
	case '=':
		if c1 != '=' {
			l.tok(t, tAssign, i, i+1)
			return
		}
	}
	if isIDStart(c) {
		j := i + 1
		for j < len(s) && isIDChar(s[j]) {
			j++
		}
		isID := j == len(s) || (s[j] != '.' && s[j] != '+' && s[j] != '/' && s[j] != ':')
		if !isID && (s[j] == '.' || s[j] == '+') {
			// `a.b` (a selection) rather than a path or a URI: both would
			// need a '/' or a ':' right after the run of path characters,
			// which includes every URI scheme character.
			e := l.pathCharsEnd(i)
			isID = e == len(s) || (s[e] != '/' && s[e] != ':')
		}
		if isID {
			l.tok(t, tID, i, j)
			t.kind = keyword(s[i:j])
			return
		}
	}
	if l.lexOperator(t, i, c, c1) {
		return
	}
	l.lexGeneral(t, i, c, c1)
}

// lexGeneral lexes the token at i by Nix's rules: the longest match wins,
// the earlier rule on a tie.
func (l *lexer) lexGeneral(t *token, i int, c, c1 byte) {
	s := l.src

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
		l.tok(t, tID, i, i+n)
		t.kind = keyword(s[i : i+n])
		return
	case tInt, tFloat, tURI, tSPath:
		l.tok(t, kind, i, i+n)
		return
	case tPath, tHPath:
		if pathInterp {
			n -= 2 // the ${ is lexed separately
		}
		l.tok(t, kind, i, i+n)
		if s[i+n-1] == '/' {
			l.push(stInPathSlash)
		} else {
			l.push(stInPath)
		}
		return
	case tDollar, tLBrace:
		l.push(stDefault)
		l.tok(t, kind, i, i+n)
		return
	case tRBrace:
		l.pop()
		l.tok(t, kind, i, i+n)
		return
	case tStrOpen:
		l.push(stString)
		l.tok(t, kind, i, i+n)
		return
	case tIndOpen:
		j := i + 2
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j < len(s) && s[j] == '\n' {
			n = j + 1 - i
		}
		l.push(stIndString)
		l.tok(t, kind, i, i+n)
		return
	case tInvalid:
		l.tok(t, tInvalid, i, i+1)
		return
	}
	l.tok(t, kind, i, i+n)
	return
}

// lexString lexes inside "…".
func (l *lexer) lexString(t *token) {
	s := l.src
	i := l.off
	if i >= len(s) {
		l.tok(t, tEOF, i, i)
		return
	}
	if s[i] == '"' {
		l.pop()
		l.tok(t, tStrClose, i, i+1)
		return
	}
	if s[i] == '$' && i+1 < len(s) && s[i+1] == '{' {
		l.push(stDefault)
		l.tok(t, tDollar, i, i+2)
		return
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
		l.tok(t, tEOF, len(s), len(s))
		return
	}
	l.tok(t, tStr, i, j)
	t.esc = escapes
	return
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
func (l *lexer) lexIndString(t *token) {
	s := l.src
	i := l.off
	n := len(s)
	if i >= n {
		l.tok(t, tEOF, i, i)
		return
	}
	if s[i] == '\'' && i+1 < n && s[i+1] == '\'' {
		// an escape (text computes its value)
		if i+2 < n {
			switch s[i+2] {
			case '$', '\'':
				l.tok(t, tIndStr, i, i+3)
				t.esc = true
				return
			case '\\':
				if i+3 < n {
					l.tok(t, tIndStr, i, i+4)
					t.esc = true
					return
				}
			}
		}
		l.pop()
		l.tok(t, tIndClose, i, i+2)
		return
	}
	if s[i] == '$' && i+1 < n && s[i+1] == '{' {
		l.push(stDefault)
		l.tok(t, tDollar, i, i+2)
		return
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
		l.tok(t, tIndStr, i, i+1)
		return
	}
	l.tok(t, tIndStr, i, j)
	t.ind = true
	return
}

// lexInPath lexes the continuation of a path after its first segment.
func (l *lexer) lexInPath(t *token) {
	s := l.src
	i := l.off
	slash := l.state() == stInPathSlash
	if i+1 < len(s) && s[i] == '$' && s[i+1] == '{' {
		l.pop()
		l.push(stInPath)
		l.push(stDefault)
		l.tok(t, tDollar, i, i+2)
		return
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
		l.tok(t, tStr, i, i+m)
		return
	}
	l.pop()
	if slash {
		l.errorf(i-1, i, "path has a trailing slash")
	}
	l.tok(t, tPathEnd, i, i)
	return
}
