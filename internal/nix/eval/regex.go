package eval

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// Nix's match and split use C++ std::regex with the POSIX extended grammar
// (libstdc++). That engine works on bytes, accepts only a few escapes,
// treats a backslash inside a bracket expression literally and rejects
// Perl classes such as \d. This file parses such a pattern with those rules
// and translates it into Go regexp syntax over a byte alphabet: every byte
// of the subject is mapped to the rune of the same value (U+0000–U+00FF),
// so that `.` and bracket expressions match single bytes as in Nix.
//
// Matching itself is done by regex_dfs.go, which reproduces libstdc++'s
// depth-first executor (and so its choice of match and submatches). The Go
// translation is the bounded fallback when that search would take too long:
// leftmost-first for `match`, leftmost-longest for `split`, which agree with
// libstdc++ except on rare patterns (see docs/nix-builtins.md).

// errBadRegex is returned for any pattern std::regex would reject.
var errBadRegex = errors.New("invalid regular expression")

// maxRepeat is the largest bound Go's regexp accepts in {n,m}.
const maxRepeat = 1000

// ereSpecialEscapes are the characters a backslash may escape outside a
// bracket expression in the POSIX extended grammar of libstdc++.
const ereSpecialEscapes = ".[\\()*+?{|^$"

// collatingNames maps POSIX collating-symbol names to the byte they stand
// for, as accepted inside [. .] and [= =]. Single letters and digits are
// handled separately.
var collatingNames = map[string]byte{
	"NUL": 0x00, "SOH": 0x01, "STX": 0x02, "ETX": 0x03, "EOT": 0x04, "ENQ": 0x05,
	"ACK": 0x06, "alert": 0x07, "backspace": 0x08, "tab": 0x09, "newline": 0x0a,
	"vertical-tab": 0x0b, "form-feed": 0x0c, "carriage-return": 0x0d, "SO": 0x0e,
	"SI": 0x0f, "DLE": 0x10, "DC1": 0x11, "DC2": 0x12, "DC3": 0x13, "DC4": 0x14,
	"NAK": 0x15, "SYN": 0x16, "ETB": 0x17, "CAN": 0x18, "EM": 0x19, "SUB": 0x1a,
	"ESC": 0x1b, "IS4": 0x1c, "IS3": 0x1d, "IS2": 0x1e, "IS1": 0x1f, "space": ' ',
	"exclamation-mark": '!', "quotation-mark": '"', "number-sign": '#',
	"dollar-sign": '$', "percent-sign": '%', "ampersand": '&', "apostrophe": '\'',
	"left-parenthesis": '(', "right-parenthesis": ')', "asterisk": '*',
	"plus-sign": '+', "comma": ',', "hyphen": '-', "period": '.', "slash": '/',
	"zero": '0', "one": '1', "two": '2', "three": '3', "four": '4', "five": '5',
	"six": '6', "seven": '7', "eight": '8', "nine": '9', "colon": ':',
	"semicolon": ';', "less-than-sign": '<', "equals-sign": '=',
	"greater-than-sign": '>', "question-mark": '?', "commercial-at": '@',
	"left-square-bracket": '[', "backslash": '\\', "right-square-bracket": ']',
	"circumflex": '^', "underscore": '_', "grave-accent": '`',
	"left-curly-bracket": '{', "vertical-line": '|', "right-curly-bracket": '}',
	"tilde": '~', "DEL": 0x7f,
}

// lookupCollating resolves the name inside [. .] or [= =].
func lookupCollating(name string) (byte, bool) {
	if len(name) == 1 {
		c := name[0]
		if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
			return c, true
		}
	}
	b, ok := collatingNames[name]
	return b, ok
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (s *byteSet) add(b byte)      { s[b>>6] |= 1 << (b & 63) }
func (s *byteSet) has(b byte) bool { return s[b>>6]&(1<<(b&63)) != 0 }
func (s *byteSet) addFunc(f func(byte) bool) {
	for i := 0; i < 256; i++ {
		if f(byte(i)) {
			s.add(byte(i))
		}
	}
}

// classFuncs are the character classes of the C locale accepted in
// [: :], including libstdc++'s short names d, s and w.
var classFuncs = map[string]func(byte) bool{
	"alnum":  func(c byte) bool { return isDigitByte(c) || isAlphaByte(c) },
	"alpha":  isAlphaByte,
	"blank":  func(c byte) bool { return c == ' ' || c == '\t' },
	"cntrl":  func(c byte) bool { return c < 0x20 || c == 0x7f },
	"digit":  isDigitByte,
	"d":      isDigitByte,
	"graph":  func(c byte) bool { return c > 0x20 && c < 0x7f },
	"lower":  func(c byte) bool { return c >= 'a' && c <= 'z' },
	"print":  func(c byte) bool { return c >= 0x20 && c < 0x7f },
	"punct":  func(c byte) bool { return c > 0x20 && c < 0x7f && !isDigitByte(c) && !isAlphaByte(c) },
	"space":  isSpaceByte,
	"s":      isSpaceByte,
	"upper":  func(c byte) bool { return c >= 'A' && c <= 'Z' },
	"xdigit": func(c byte) bool { return isDigitByte(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') },
	"w":      func(c byte) bool { return isDigitByte(c) || isAlphaByte(c) || c == '_' },
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
func isAlphaByte(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
func isSpaceByte(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

// ereOp is the kind of a node of a parsed pattern.
type ereOp uint8

const (
	ereSet    ereOp = iota // one byte from set
	ereConcat              // kids in sequence (none: the empty pattern)
	ereAlt                 // one of kids, tried left to right
	ereRepeat              // kids[0] between min and max times (max < 0: unbounded)
	ereGroup               // capture group number group around kids[0]
	ereBOL                 // ^
	ereEOL                 // $
)

// ereNode is a node of a parsed POSIX extended regular expression.
type ereNode struct {
	op       ereOp
	set      *byteSet
	kids     []*ereNode
	min, max int
	group    int
}

// ereParser parses a pattern with libstdc++'s POSIX-extended rules.
type ereParser struct {
	src    string
	i      int
	groups int
}

// parseERE parses pattern and returns its tree and number of groups.
func parseERE(pattern string) (*ereNode, int, error) {
	p := &ereParser{src: pattern}
	n, err := p.disjunction()
	if err != nil {
		return nil, 0, err
	}
	if p.i < len(p.src) { // an unmatched ')'
		return nil, 0, fmt.Errorf("unmatched ')' at offset %d: %w", p.i, errBadRegex)
	}
	return n, p.groups, nil
}

// translateERE translates a POSIX extended regular expression, as Nix's
// libstdc++ reads it, into Go regexp syntax over the byte alphabet
// described above. caretOK tells whether `^` can match (it never matches
// when the search starts after the beginning of the subject). It returns
// the Go pattern and the number of capture groups.
func translateERE(pattern string, caretOK bool) (string, int, error) {
	n, groups, err := parseERE(pattern)
	if err != nil {
		return "", 0, err
	}
	var b strings.Builder
	emitGo(&b, n, caretOK)
	return b.String(), groups, nil
}

// emitGo writes n in Go regexp syntax.
func emitGo(b *strings.Builder, n *ereNode, caretOK bool) {
	switch n.op {
	case ereSet:
		b.WriteString(byteSetToGo(n.set))
	case ereConcat:
		for _, k := range n.kids {
			emitGo(b, k, caretOK)
		}
	case ereAlt:
		b.WriteString("(?:")
		for i, k := range n.kids {
			if i > 0 {
				b.WriteByte('|')
			}
			emitGo(b, k, caretOK)
		}
		b.WriteByte(')')
	case ereGroup:
		b.WriteByte('(')
		emitGo(b, n.kids[0], caretOK)
		b.WriteByte(')')
	case ereRepeat:
		b.WriteString("(?:")
		emitGo(b, n.kids[0], caretOK)
		b.WriteByte(')')
		switch {
		case n.min == 0 && n.max < 0:
			b.WriteByte('*')
		case n.min == 1 && n.max < 0:
			b.WriteByte('+')
		case n.min == 0 && n.max == 1:
			b.WriteByte('?')
		case n.max < 0:
			fmt.Fprintf(b, "{%d,}", n.min)
		case n.min == n.max:
			fmt.Fprintf(b, "{%d}", n.min)
		default:
			fmt.Fprintf(b, "{%d,%d}", n.min, n.max)
		}
	case ereBOL:
		if caretOK {
			b.WriteString(`\A`)
		} else {
			b.WriteString(`[^\x00-\x{10FFFF}]`)
		}
	case ereEOL:
		b.WriteString(`\z`)
	}
}

func (p *ereParser) disjunction() (*ereNode, error) {
	var alts []*ereNode
	for {
		a, err := p.alternative()
		if err != nil {
			return nil, err
		}
		alts = append(alts, a)
		if p.i < len(p.src) && p.src[p.i] == '|' {
			p.i++
			continue
		}
		if len(alts) == 1 {
			return alts[0], nil
		}
		return &ereNode{op: ereAlt, kids: alts}, nil
	}
}

func (p *ereParser) alternative() (*ereNode, error) {
	seq := &ereNode{op: ereConcat}
	for p.i < len(p.src) {
		c := p.src[p.i]
		if c == '|' || c == ')' {
			break
		}
		t, err := p.term()
		if err != nil {
			return nil, err
		}
		seq.kids = append(seq.kids, t)
	}
	return seq, nil
}

// term reads one atom or assertion and any quantifiers after it.
func (p *ereParser) term() (*ereNode, error) {
	c := p.src[p.i]
	switch c {
	case '^', '$':
		p.i++
		if p.i < len(p.src) && isQuantifierStart(p.src[p.i]) {
			return nil, fmt.Errorf("quantifier after an anchor at offset %d: %w", p.i, errBadRegex)
		}
		if c == '^' {
			return &ereNode{op: ereBOL}, nil
		}
		return &ereNode{op: ereEOL}, nil
	case '*', '+', '?', '{':
		return nil, fmt.Errorf("quantifier without an operand at offset %d: %w", p.i, errBadRegex)
	}
	atom, err := p.atom()
	if err != nil {
		return nil, err
	}
	for p.i < len(p.src) && isQuantifierStart(p.src[p.i]) {
		lo, hi, err := p.quantifier()
		if err != nil {
			return nil, err
		}
		atom = &ereNode{op: ereRepeat, kids: []*ereNode{atom}, min: lo, max: hi}
	}
	return atom, nil
}

func isQuantifierStart(c byte) bool { return c == '*' || c == '+' || c == '?' || c == '{' }

// quantifier reads *, +, ? or {n}, {n,}, {n,m} and returns its bounds
// (max -1 for unbounded).
func (p *ereParser) quantifier() (int, int, error) {
	c := p.src[p.i]
	p.i++
	switch c {
	case '*':
		return 0, -1, nil
	case '+':
		return 1, -1, nil
	case '?':
		return 0, 1, nil
	}
	lo, ok := p.number()
	if !ok {
		return 0, 0, fmt.Errorf("bad interval at offset %d: %w", p.i, errBadRegex)
	}
	hi := lo
	if p.i < len(p.src) && p.src[p.i] == ',' {
		p.i++
		if p.i < len(p.src) && isDigitByte(p.src[p.i]) {
			hi, _ = p.number()
		} else {
			hi = -1
		}
	}
	if p.i >= len(p.src) || p.src[p.i] != '}' {
		return 0, 0, fmt.Errorf("unterminated interval at offset %d: %w", p.i, errBadRegex)
	}
	p.i++
	if lo > maxRepeat || hi > maxRepeat || (hi >= 0 && hi < lo) {
		return 0, 0, fmt.Errorf("bad interval bounds {%d,%d}: %w", lo, hi, errBadRegex)
	}
	return lo, hi, nil
}

// number reads a decimal number (capped to avoid overflow).
func (p *ereParser) number() (int, bool) {
	start := p.i
	n := 0
	for p.i < len(p.src) && isDigitByte(p.src[p.i]) {
		if n <= maxRepeat*10 {
			n = n*10 + int(p.src[p.i]-'0')
		}
		p.i++
	}
	return n, p.i > start
}

// atom reads one atom.
func (p *ereParser) atom() (*ereNode, error) {
	c := p.src[p.i]
	switch c {
	case '(':
		p.i++
		p.groups++
		g := p.groups
		inner, err := p.disjunction()
		if err != nil {
			return nil, err
		}
		if p.i >= len(p.src) || p.src[p.i] != ')' {
			return nil, fmt.Errorf("unmatched '(': %w", errBadRegex)
		}
		p.i++
		return &ereNode{op: ereGroup, kids: []*ereNode{inner}, group: g}, nil
	case '.':
		p.i++
		var s byteSet
		s.addFunc(func(b byte) bool { return b != 0 })
		return &ereNode{op: ereSet, set: &s}, nil
	case '[':
		p.i++
		set, err := p.bracket()
		if err != nil {
			return nil, err
		}
		return &ereNode{op: ereSet, set: &set}, nil
	case '\\':
		p.i++
		if p.i >= len(p.src) {
			return nil, fmt.Errorf("trailing backslash: %w", errBadRegex)
		}
		e := p.src[p.i]
		if strings.IndexByte(ereSpecialEscapes, e) < 0 {
			return nil, fmt.Errorf("unsupported escape \\%c: %w", e, errBadRegex)
		}
		p.i++
		c = e
	default:
		p.i++
	}
	var s byteSet
	s.add(c)
	return &ereNode{op: ereSet, set: &s}, nil
}

// bracketItem is the pending item of a bracket expression: a single byte
// that may still start a range, or a class (which may not).
type bracketItem uint8

const (
	itemNone bracketItem = iota
	itemChar
	itemClass
)

// bracket reads a bracket expression after its '['.
func (t *ereParser) bracket() (byteSet, error) {
	var set byteSet
	negate := false
	if t.i < len(t.src) && t.src[t.i] == '^' {
		negate = true
		t.i++
	}
	last := itemNone
	var lastChar byte
	push := func(b byte) {
		if last == itemChar {
			set.add(lastChar)
		}
		last, lastChar = itemChar, b
	}
	pushClass := func() {
		if last == itemChar {
			set.add(lastChar)
		}
		last = itemClass
	}
	// A leading ']' or '-' is an ordinary character.
	if t.i < len(t.src) && (t.src[t.i] == ']' || t.src[t.i] == '-') {
		push(t.src[t.i])
		t.i++
	}
	for {
		if t.i >= len(t.src) {
			return set, fmt.Errorf("unterminated bracket expression: %w", errBadRegex)
		}
		c := t.src[t.i]
		switch {
		case c == ']':
			t.i++
			if last == itemChar {
				set.add(lastChar)
			}
			if negate {
				for i := range set {
					set[i] = ^set[i]
				}
			}
			return set, nil
		case c == '[' && t.i+1 < len(t.src) && strings.IndexByte(".:=", t.src[t.i+1]) >= 0:
			kind := t.src[t.i+1]
			end := strings.Index(t.src[t.i+2:], string(kind)+"]")
			if end < 0 {
				return set, fmt.Errorf("unterminated [%c in bracket expression: %w", kind, errBadRegex)
			}
			name := t.src[t.i+2 : t.i+2+end]
			t.i += 2 + end + 2
			switch kind {
			case ':':
				f, ok := classFuncs[name]
				if !ok {
					return set, fmt.Errorf("unknown character class %q: %w", name, errBadRegex)
				}
				pushClass()
				set.addFunc(f)
			case '.':
				b, ok := lookupCollating(name)
				if !ok {
					return set, fmt.Errorf("unknown collating element %q: %w", name, errBadRegex)
				}
				push(b)
			case '=':
				b, ok := lookupCollating(name)
				if !ok {
					return set, fmt.Errorf("unknown equivalence class %q: %w", name, errBadRegex)
				}
				pushClass()
				set.add(b)
			}
		case c == '-':
			t.i++
			if t.i < len(t.src) && t.src[t.i] == ']' {
				push('-')
				continue
			}
			if last != itemChar {
				return set, fmt.Errorf("misplaced '-' in bracket expression: %w", errBadRegex)
			}
			if t.i >= len(t.src) {
				return set, fmt.Errorf("unterminated bracket expression: %w", errBadRegex)
			}
			hi := t.src[t.i]
			if hi == '[' && t.i+1 < len(t.src) && strings.IndexByte(".:=", t.src[t.i+1]) >= 0 {
				return set, fmt.Errorf("invalid end of range: %w", errBadRegex)
			}
			t.i++
			// std::regex compares plain (signed) chars.
			lo := int8(lastChar)
			if int8(hi) < lo {
				return set, fmt.Errorf("invalid range %q-%q: %w", lastChar, hi, errBadRegex)
			}
			for b := 0; b < 256; b++ {
				if v := int8(b); v >= lo && v <= int8(hi) {
					set.add(byte(b))
				}
			}
			last = itemNone
		default:
			t.i++
			push(c)
		}
	}
}

// byteSetToGo renders a set of bytes as a Go character class.
func byteSetToGo(s *byteSet) string {
	var b strings.Builder
	b.WriteByte('[')
	empty := true
	for i := 0; i < 256; {
		if !s.has(byte(i)) {
			i++
			continue
		}
		j := i
		for j+1 < 256 && s.has(byte(j+1)) {
			j++
		}
		empty = false
		if i == j {
			fmt.Fprintf(&b, `\x{%x}`, i)
		} else {
			fmt.Fprintf(&b, `\x{%x}-\x{%x}`, i, j)
		}
		i = j + 1
	}
	if empty {
		return `[^\x00-\x{10FFFF}]`
	}
	b.WriteByte(']')
	return b.String()
}

// toByteRunes maps every byte of s to the rune of the same value, so that
// Go's regexp sees one character per byte. offs[k] is the byte offset in
// s of the k-th byte of the result (with one extra entry for the end).
func toByteRunes(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	offs := make([]int, 0, len(s)+len(s)/4+1)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 {
			b.WriteByte(c)
			offs = append(offs, i)
		} else {
			b.WriteRune(rune(c))
			offs = append(offs, i, i)
		}
	}
	offs = append(offs, len(s))
	return b.String(), offs
}

// nixRegex is a compiled pattern: the libstdc++-faithful automaton, and
// the Go translation used when the automaton would be too large or runs
// out of steps.
type nixRegex struct {
	pattern string
	groups  int
	prog    *dfsProg       // nil when the pattern is too large to unroll
	full    *regexp.Regexp // whole-subject match, leftmost-first
	search  *regexp.Regexp // search from the subject's start, leftmost-longest
	searchN *regexp.Regexp // search from a later position (^ never matches)
	prefixN *regexp.Regexp // anchored at a later position (^ never matches)
	prefix0 *regexp.Regexp // anchored at the start
}

// compileNixRegex compiles pattern in all variants.
func compileNixRegex(pattern string) (*nixRegex, error) {
	tree, groups, err := parseERE(pattern)
	if err != nil {
		return nil, err
	}
	var b0, bN strings.Builder
	emitGo(&b0, tree, true)
	emitGo(&bN, tree, false)
	at0, later := b0.String(), bN.String()
	r := &nixRegex{pattern: pattern, groups: groups}
	r.prog, _ = compileDFS(tree, groups)
	compile := func(expr string, longest bool) (*regexp.Regexp, error) {
		re, err := regexp.Compile(expr)
		if err != nil {
			return nil, fmt.Errorf("%v: %w", err, errBadRegex)
		}
		if longest {
			re.Longest()
		}
		return re, nil
	}
	if r.full, err = compile(`\A(?:`+at0+`)\z`, false); err != nil {
		return nil, err
	}
	if r.search, err = compile(at0, true); err != nil {
		return nil, err
	}
	if r.searchN, err = compile(later, true); err != nil {
		return nil, err
	}
	if r.prefix0, err = compile(`\A(?:`+at0+`)`, true); err != nil {
		return nil, err
	}
	if r.prefixN, err = compile(`\A(?:`+later+`)`, true); err != nil {
		return nil, err
	}
	return r, nil
}

// Match reports whether the whole of s matches and returns the submatch
// byte offsets (pairs; -1 for groups that did not take part).
func (r *nixRegex) Match(s string) []int {
	if r.prog != nil {
		if loc, ok := r.prog.matchDFS(s); ok {
			return loc
		}
	}
	return r.matchGo(s)
}

// FindAll returns the successive matches of r in s as std::regex_iterator
// produces them.
func (r *nixRegex) FindAll(s string) [][]int {
	if r.prog != nil {
		if res, ok := r.prog.findAllDFS(s); ok {
			return res
		}
	}
	return r.findAllGo(s)
}

// matchGo is Match with Go's regexp (leftmost-first submatches).
func (r *nixRegex) matchGo(s string) []int {
	conv, offs := toByteRunes(s)
	loc := r.full.FindStringSubmatchIndex(conv)
	if loc == nil {
		return nil
	}
	return convertLoc(loc, 0, offs)
}

// convertLoc maps offsets in conv[base:] back to offsets in the subject.
func convertLoc(loc []int, base int, offs []int) []int {
	out := make([]int, len(loc))
	for i, x := range loc {
		if x < 0 {
			out[i] = -1
			continue
		}
		out[i] = offs[base+x]
	}
	return out
}

// findAllGo is FindAll with Go's regexp (leftmost-longest), iterating as
// std::regex_iterator does: after an empty match, a non-empty match at the
// same position is tried before moving one byte on; an empty match right
// after a non-empty one is allowed.
func (r *nixRegex) findAllGo(s string) [][]int {
	conv, offs := toByteRunes(s)
	var res [][]int
	pos := 0 // offset in conv
	for pos <= len(conv) {
		re := r.search
		if pos > 0 {
			re = r.searchN
		}
		loc := re.FindStringSubmatchIndex(conv[pos:])
		if loc == nil {
			break
		}
		res = append(res, convertLoc(loc, pos, offs))
		start, end := pos+loc[0], pos+loc[1]
		if end > start {
			pos = end
			continue
		}
		// Empty match: try a non-empty match anchored at the same place.
		pre := r.prefixN
		if start == 0 {
			pre = r.prefix0
		}
		if ploc := pre.FindStringSubmatchIndex(conv[start:]); ploc != nil && ploc[1] > 0 {
			res = append(res, convertLoc(ploc, start, offs))
			pos = start + ploc[1]
			continue
		}
		// Otherwise move one subject byte on.
		if start >= len(conv) {
			break
		}
		if conv[start] < 0x80 {
			pos = start + 1
		} else {
			pos = start + 2
		}
	}
	return res
}

// regexCache caches compiled patterns for one evaluator.
type regexCache struct {
	mu sync.Mutex
	m  map[string]*nixRegex
}

// get returns the compiled pattern, compiling it on first use.
func (c *regexCache) get(pattern string) (*nixRegex, error) {
	if c == nil {
		return compileNixRegex(pattern)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if r, ok := c.m[pattern]; ok {
		return r, nil
	}
	r, err := compileNixRegex(pattern)
	if err != nil {
		return nil, err
	}
	if c.m == nil {
		c.m = map[string]*nixRegex{}
	}
	c.m[pattern] = r
	return r, nil
}
