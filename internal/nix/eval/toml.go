package eval

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A TOML 1.0 parser producing Nix values, for builtins.fromTOML. It follows
// what Nix 2.8 (which uses toml11) accepts and returns: tables become sets,
// arrays lists, integers that overflow saturate, inf and nan are floats,
// and dates and times are refused.

// errTOML marks fromTOML parse errors.
var errTOML = errors.New("TOML parse error")

// tomlError is a parse error with the line it was found on.
type tomlError struct {
	line int
	msg  string
}

func (e *tomlError) Error() string { return fmt.Sprintf("%s (line %d)", e.msg, e.line) }
func (e *tomlError) Unwrap() error { return errTOML }

// errTOMLDates is what Nix 2.8 reports for any date or time value.
const errTOMLDates = "Dates and times are not supported"

// tomlTableKind records how a table came to exist, which decides whether
// it may be defined or extended later.
type tomlTableKind uint8

const (
	tomlImplicit    tomlTableKind = iota // created as the parent of a [header]
	tomlImplicitArr                      // created as the parent of an [[array header]]
	tomlHeader                           // defined by a [header]
	tomlDotted                           // created by a dotted key inside a table body
	tomlInline                           // an inline table: closed
)

type tomlTable struct {
	kind tomlTableKind
	vals map[string]any // *tomlTable, *tomlArray or a Nix scalar Value
}

// tomlArray is an array; tables reports an array of tables ([[x]]),
// which headers may extend.
type tomlArray struct {
	tables bool
	elems  []any
}

func newTOMLTable(kind tomlTableKind) *tomlTable {
	return &tomlTable{kind: kind, vals: map[string]any{}}
}

// maxTOMLDepth bounds the nesting of arrays and inline tables.
const maxTOMLDepth = 1000

type tomlParser struct {
	src   string
	i     int
	line  int
	depth int
	root  *tomlTable
	cur   *tomlTable
	// dates records a date or time value. Nix 2.8 refuses them only when
	// converting the parsed document, so other errors are reported first.
	dates bool
}

// parseTOML parses a TOML document into a Nix attribute set.
func parseTOML(src string) (Value, error) {
	p := &tomlParser{src: src, line: 1, root: newTOMLTable(tomlHeader)}
	p.cur = p.root
	if err := p.document(); err != nil {
		return nil, err
	}
	if p.dates {
		return nil, &tomlError{line: p.line, msg: errTOMLDates}
	}
	return tomlToValue(p.root), nil
}

func tomlToValue(x any) Value {
	switch t := x.(type) {
	case *tomlTable:
		entries := make([]Attr, 0, len(t.vals))
		for k, v := range t.vals {
			entries = append(entries, Attr{Name: k, Value: tomlToValue(v)})
		}
		return NewAttrs(entries)
	case *tomlArray:
		out := make([]Value, len(t.elems))
		for i, e := range t.elems {
			out[i] = tomlToValue(e)
		}
		return &List{Elems: out}
	}
	return x.(Value)
}

func (p *tomlParser) errorf(format string, args ...any) error {
	return &tomlError{line: p.line, msg: fmt.Sprintf(format, args...)}
}

func (p *tomlParser) eof() bool { return p.i >= len(p.src) }

func (p *tomlParser) peek() byte {
	if p.i < len(p.src) {
		return p.src[p.i]
	}
	return 0
}

// skipWS skips spaces and tabs.
func (p *tomlParser) skipWS() {
	for p.i < len(p.src) && (p.src[p.i] == ' ' || p.src[p.i] == '\t') {
		p.i++
	}
}

// skipComment skips a comment up to (not including) the newline.
func (p *tomlParser) skipComment() error {
	if p.peek() != '#' {
		return nil
	}
	for p.i < len(p.src) && p.src[p.i] != '\n' {
		c := p.src[p.i]
		if (c < 0x20 && c != '\t' && c != '\r') || c == 0x7f {
			return p.errorf("control character in comment")
		}
		p.i++
	}
	return nil
}

// newline consumes a line ending, if any.
func (p *tomlParser) newline() bool {
	if strings.HasPrefix(p.src[p.i:], "\r\n") {
		p.i += 2
		p.line++
		return true
	}
	if p.peek() == '\n' {
		p.i++
		p.line++
		return true
	}
	return false
}

// endOfLine requires only whitespace and a comment before the line ends.
func (p *tomlParser) endOfLine() error {
	p.skipWS()
	if err := p.skipComment(); err != nil {
		return err
	}
	if p.eof() || p.newline() {
		return nil
	}
	return p.errorf("[error] toml::parse_table: invalid line format")
}

func (p *tomlParser) document() error {
	for {
		p.skipWS()
		if err := p.skipComment(); err != nil {
			return err
		}
		if p.eof() {
			return nil
		}
		if p.newline() {
			continue
		}
		if p.peek() == '[' {
			if err := p.header(); err != nil {
				return err
			}
		} else if err := p.keyValue(p.cur, tomlDotted); err != nil {
			return err
		}
		if err := p.endOfLine(); err != nil {
			return err
		}
	}
}

// header parses [a.b] or [[a.b]].
func (p *tomlParser) header() error {
	p.i++
	array := false
	if p.peek() == '[' {
		array = true
		p.i++
	}
	p.skipWS()
	keys, err := p.key(true)
	if err != nil {
		return err
	}
	p.skipWS()
	if array {
		if !strings.HasPrefix(p.src[p.i:], "]]") {
			return p.errorf("[error] toml::parse_key: an invalid key appeared.")
		}
		p.i += 2
	} else {
		if p.peek() != ']' {
			return p.errorf("[error] toml::parse_key: an invalid key appeared.")
		}
		p.i++
	}
	t := p.root
	parentKind := tomlImplicit
	if array {
		// toml11 (Nix 2.8) refuses to define these later with a [header].
		parentKind = tomlImplicitArr
	}
	for _, k := range keys[:len(keys)-1] {
		if t, err = p.descend(t, k, parentKind, true); err != nil {
			return err
		}
	}
	last := keys[len(keys)-1]
	existing, ok := t.vals[last]
	if array {
		if !ok {
			arr := &tomlArray{tables: true}
			t.vals[last] = arr
			existing = arr
		}
		if _, isTable := existing.(*tomlTable); isTable {
			return p.errorf("[error] toml::insert_value: array of table (\"%s\") cannot be defined", strings.Join(keys, "."))
		}
		arr, isArr := existing.(*tomlArray)
		if !isArr || !arr.tables {
			return p.errorf("[error] toml::insert_value: array of table (\"%s\") collides with existing value", strings.Join(keys, "."))
		}
		nt := newTOMLTable(tomlHeader)
		arr.elems = append(arr.elems, nt)
		p.cur = nt
		return nil
	}
	if !ok {
		nt := newTOMLTable(tomlHeader)
		t.vals[last] = nt
		p.cur = nt
		return nil
	}
	if arr, isArr := existing.(*tomlArray); isArr && arr.tables {
		return p.errorf("[error] toml::insert_value: array of tables (\"%s\") already exists.", strings.Join(keys, "."))
	}
	et, isTable := existing.(*tomlTable)
	if !isTable {
		return p.errorf("[error] toml::insert_value: value (\"%s\") already exists.", strings.Join(keys, "."))
	}
	// Tables made implicitly by [a.b] or by dotted keys may be defined
	// once by a header, as toml11 allows.
	if et.kind != tomlImplicit && et.kind != tomlDotted {
		return p.errorf("[error] toml::insert_value: table (\"%s\") already exists.", strings.Join(keys, "."))
	}
	et.kind = tomlHeader
	p.cur = et
	return nil
}

// descend returns the table under key k of t, creating it with kind if
// missing. fromHeader tells whether a header (which may enter the last
// element of an array of tables) or a dotted key is walking.
func (p *tomlParser) descend(t *tomlTable, k string, kind tomlTableKind, fromHeader bool) (*tomlTable, error) {
	switch x := t.vals[k].(type) {
	case nil:
		nt := newTOMLTable(kind)
		t.vals[k] = nt
		return nt, nil
	case *tomlTable:
		if x.kind == tomlInline {
			return nil, p.errorf("[error] toml::insert_value: inserting to an inline table (%s) but inline tables are immutable", k)
		}
		return x, nil
	case *tomlArray:
		if fromHeader && x.tables && len(x.elems) > 0 {
			return x.elems[len(x.elems)-1].(*tomlTable), nil
		}
	}
	return nil, p.errorf("[error] toml::insert_value: target (%s) is neither table nor an array of tables", k)
}

// keyValue parses `key = value` into t; intermediate tables of a dotted
// key get kind.
func (p *tomlParser) keyValue(t *tomlTable, kind tomlTableKind) error {
	keys, err := p.key(false)
	if err != nil {
		return err
	}
	p.skipWS()
	if p.peek() != '=' {
		if c := p.peek(); p.eof() || c == '\n' || c == '\r' || c == '#' {
			return p.errorf("[error] toml::parse_key_value_pair: missing key-value separator `=`")
		}
		return p.errorf("[error] toml::parse_key_value_pair: invalid format for key")
	}
	p.i++
	p.skipWS()
	if p.eof() || p.peek() == '\n' || p.peek() == '\r' || p.peek() == '#' {
		return p.errorf("[error] toml::parse_key_value_pair: missing value after key-value separator '='")
	}
	v, err := p.value()
	if err != nil {
		return err
	}
	for _, k := range keys[:len(keys)-1] {
		if t, err = p.descend(t, k, kind, false); err != nil {
			return err
		}
	}
	last := keys[len(keys)-1]
	if _, ok := t.vals[last]; ok {
		return p.errorf("[error] toml::insert_value: value (\"%s\") already exists.", strings.Join(keys, "."))
	}
	t.vals[last] = v
	return nil
}

// key parses a possibly dotted key, in a [header] or before '='.
func (p *tomlParser) key(inHeader bool) ([]string, error) {
	var keys []string
	for {
		p.skipWS()
		var k string
		switch c := p.peek(); {
		case c == '"':
			s, err := p.basicString()
			if err != nil {
				return nil, err
			}
			k = s
		case c == '\'':
			s, err := p.literalString()
			if err != nil {
				return nil, err
			}
			k = s
		default:
			start := p.i
			for p.i < len(p.src) && isBareKeyByte(p.src[p.i]) {
				p.i++
			}
			if p.i == start {
				switch {
				case inHeader:
					return nil, p.errorf("[error] toml::parse_key: an invalid key appeared.")
				case len(keys) > 0:
					return nil, p.errorf("[error] toml::parse_key_value_pair: invalid format for key")
				case p.peek() == '=':
					return nil, p.errorf("[error] toml::parse_key_value_pair: empty key is not allowed.")
				}
				return nil, p.errorf("[error] toml::parse_key: an invalid key appeared.")
			}
			k = p.src[start:p.i]
		}
		keys = append(keys, k)
		p.skipWS()
		if p.peek() != '.' {
			return keys, nil
		}
		p.i++
	}
}

func isBareKeyByte(c byte) bool {
	return isAlphaByte(c) || isDigitByte(c) || c == '_' || c == '-'
}

func (p *tomlParser) value() (any, error) {
	switch c := p.peek(); {
	case c == '"':
		if strings.HasPrefix(p.src[p.i:], `"""`) {
			s, err := p.multilineBasic()
			return String(s), err
		}
		s, err := p.basicString()
		return String(s), err
	case c == '\'':
		if strings.HasPrefix(p.src[p.i:], "'''") {
			s, err := p.multilineLiteral()
			return String(s), err
		}
		s, err := p.literalString()
		return String(s), err
	case c == '[':
		return p.array()
	case c == '{':
		return p.inlineTable()
	case strings.HasPrefix(p.src[p.i:], "true"):
		p.i += 4
		return Bool(true), nil
	case strings.HasPrefix(p.src[p.i:], "false"):
		p.i += 5
		return Bool(false), nil
	}
	return p.number()
}

func (p *tomlParser) nest() error {
	p.depth++
	if p.depth > maxTOMLDepth {
		return p.errorf("nesting deeper than %d levels", maxTOMLDepth)
	}
	return nil
}

// skipArrayWS skips whitespace, newlines and comments inside an array.
func (p *tomlParser) skipArrayWS() error {
	for {
		p.skipWS()
		if err := p.skipComment(); err != nil {
			return err
		}
		if !p.newline() {
			return nil
		}
	}
}

func (p *tomlParser) array() (any, error) {
	if err := p.nest(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	p.i++ // '['
	arr := &tomlArray{}
	for {
		if err := p.skipArrayWS(); err != nil {
			return nil, err
		}
		if p.peek() == ']' {
			p.i++
			return arr, nil
		}
		if p.eof() {
			return nil, p.errorf("unterminated array")
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		arr.elems = append(arr.elems, v)
		if err := p.skipArrayWS(); err != nil {
			return nil, err
		}
		switch p.peek() {
		case ',':
			p.i++
		case ']':
			p.i++
			return arr, nil
		default:
			return nil, p.errorf("[error] toml::parse_array: missing array separator `,` after a value")
		}
	}
}

func (p *tomlParser) inlineTable() (any, error) {
	if err := p.nest(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	p.i++ // '{'
	t := newTOMLTable(tomlDotted)
	p.skipWS()
	if p.peek() == '}' {
		p.i++
		t.kind = tomlInline
		return t, nil
	}
	for {
		p.skipWS()
		if err := p.keyValue(t, tomlDotted); err != nil {
			return nil, err
		}
		p.skipWS()
		switch p.peek() {
		case ',':
			p.i++
			p.skipWS()
			if p.peek() == '}' {
				return nil, p.errorf("[error] toml::parse_inline_table: trailing comma is not allowed in an inline table")
			}
		case '}':
			p.i++
			freezeTOML(t)
			return t, nil
		default:
			return nil, p.errorf("expected ',' or '}' in an inline table")
		}
	}
}

// freezeTOML marks an inline table and the tables inside it as closed.
func freezeTOML(t *tomlTable) {
	t.kind = tomlInline
	for _, v := range t.vals {
		if sub, ok := v.(*tomlTable); ok && sub.kind != tomlInline {
			freezeTOML(sub)
		}
	}
}

// number parses an integer, a float, inf or nan, and refuses dates.
func (p *tomlParser) number() (any, error) {
	start := p.i
	for p.i < len(p.src) {
		c := p.src[p.i]
		if isAlphaByte(c) || isDigitByte(c) || c == '_' || c == '+' || c == '-' || c == '.' || c == ':' {
			p.i++
			continue
		}
		// A space between a date and a time ("1979-05-27 07:32:00").
		if c == ' ' && p.i+1 < len(p.src) && isDigitByte(p.src[p.i+1]) && looksLikeDate(p.src[start:p.i]) {
			p.i++
			continue
		}
		break
	}
	text := p.src[start:p.i]
	if text == "" {
		if p.eof() {
			return nil, p.errorf("expected a value, found the end of input")
		}
		return nil, p.errorf("expected a value, found %q", p.peek())
	}
	if looksLikeDate(text) || looksLikeTime(text) {
		p.dates = true
		return Null{}, nil
	}
	switch text {
	case "inf", "+inf":
		return Float(math.Inf(1)), nil
	case "-inf":
		return Float(math.Inf(-1)), nil
	case "nan", "+nan":
		return Float(math.NaN()), nil
	case "-nan":
		return Float(math.Copysign(math.NaN(), -1)), nil
	}
	if len(text) >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o' || text[1] == 'b') {
		base := map[byte]int{'x': 16, 'o': 8, 'b': 2}[text[1]]
		digits, ok := tomlDigits(text[2:], base)
		if !ok {
			kind := map[byte]string{'x': "hexadecimal", 'o': "octal", 'b': "binary"}[text[1]]
			return nil, p.errorf("[error] toml::parse_%s_integer:", kind)
		}
		u, err := strconv.ParseUint(digits, base, 64)
		if err != nil || u > math.MaxInt64 {
			return Int(math.MaxInt64), nil
		}
		return Int(int64(u)), nil
	}
	if len(text) > 2 && (text[0] == '+' || text[0] == '-') && text[1] == '0' && strings.IndexByte("xob", text[2]) >= 0 {
		// A sign before a prefixed integer: toml11 reads "-0" and stops.
		return nil, p.errorf("[error] toml::parse_table: invalid line format")
	}
	body := strings.TrimLeft(text, "+-")
	if len(text)-len(body) > 1 {
		return nil, p.errorf("invalid number %q", text)
	}
	if strings.ContainsAny(body, ".eE") {
		return p.float(text, body)
	}
	digits, ok := tomlDigits(body, 10)
	if !ok {
		if strings.Contains(body, "_") {
			return nil, p.errorf("[error] bad integer: `_` should be surrounded by digits")
		}
		return nil, p.errorf("[error] bad integer: %q", text)
	}
	if len(digits) > 1 && digits[0] == '0' {
		return nil, p.errorf("[error] bad integer: leading zero")
	}
	n, err := strconv.ParseInt(text[:len(text)-len(body)]+digits, 10, 64)
	if err != nil {
		// toml11 reads with a stream, which saturates on overflow.
		if strings.HasPrefix(text, "-") {
			return Int(math.MinInt64), nil
		}
		return Int(math.MaxInt64), nil
	}
	return Int(n), nil
}

func (p *tomlParser) float(text, body string) (any, error) {
	mant, exp := body, ""
	if k := strings.IndexAny(body, "eE"); k >= 0 {
		mant, exp = body[:k], body[k+1:]
		if exp == "" {
			return nil, p.errorf("[error] bad float: invalid format")
		}
		e := strings.TrimLeft(exp, "+-")
		if len(exp)-len(e) > 1 {
			return nil, p.errorf("[error] bad float: invalid format")
		}
		d, ok := tomlDigits(e, 10)
		if !ok {
			return nil, p.errorf("[error] bad float: invalid format")
		}
		exp = exp[:len(exp)-len(e)] + d
	}
	intPart, frac := mant, ""
	hasDot := false
	if k := strings.IndexByte(mant, '.'); k >= 0 {
		intPart, frac, hasDot = mant[:k], mant[k+1:], true
	}
	ip, ok := tomlDigits(intPart, 10)
	if ok && len(ip) > 1 && ip[0] == '0' {
		return nil, p.errorf("[error] bad integer: leading zero")
	}
	if !ok {
		return nil, p.errorf("[error] bad float: invalid format")
	}
	if hasDot {
		fd, ok := tomlDigits(frac, 10)
		if !ok {
			return nil, p.errorf("[error] bad float: invalid format")
		}
		frac = fd
	}
	s := text[:len(text)-len(body)] + ip
	if hasDot {
		s += "." + frac
	}
	if exp != "" {
		s += "e" + exp
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		var ne *strconv.NumError
		if !errors.As(err, &ne) || ne.Err != strconv.ErrRange {
			return nil, p.errorf("[error] bad float: invalid format")
		}
		// toml11 reads with a stream, which saturates on overflow.
		if math.IsInf(f, 1) {
			f = math.MaxFloat64
		} else if math.IsInf(f, -1) {
			f = -math.MaxFloat64
		}
	}
	return Float(f), nil
}

// tomlDigits checks digits of base with single underscores between them
// and returns them without underscores.
func tomlDigits(s string, base int) (string, bool) {
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' {
		return "", false
	}
	var b strings.Builder
	prevUnderscore := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if prevUnderscore {
				return "", false
			}
			prevUnderscore = true
			continue
		}
		prevUnderscore = false
		var d int
		switch {
		case isDigitByte(c):
			d = int(c - '0')
		case c >= 'a' && c <= 'f':
			d = int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			d = int(c-'A') + 10
		default:
			return "", false
		}
		if d >= base {
			return "", false
		}
		b.WriteByte(c)
	}
	return b.String(), true
}

// looksLikeDate reports a YYYY-MM-DD prefix.
func looksLikeDate(s string) bool {
	return len(s) >= 10 && allDigits(s[0:4]) && s[4] == '-' && allDigits(s[5:7]) && s[7] == '-' && allDigits(s[8:10])
}

// looksLikeTime reports an HH:MM prefix.
func looksLikeTime(s string) bool {
	return len(s) >= 5 && allDigits(s[0:2]) && s[2] == ':' && allDigits(s[3:5])
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// checkStringByte rejects control characters TOML does not allow raw.
func (p *tomlParser) checkStringByte(c byte, multiline bool) error {
	if c == '\t' || (multiline && (c == '\n' || c == '\r')) {
		return nil
	}
	if c < 0x20 || c == 0x7f {
		return p.errorf("control character U+%04X in a string", c)
	}
	return nil
}

// appendUTF8 copies one (possibly multi-byte) character, validating UTF-8.
func (p *tomlParser) appendUTF8(b *strings.Builder) error {
	r, size := utf8.DecodeRuneInString(p.src[p.i:])
	if r == utf8.RuneError && size <= 1 {
		return p.errorf("invalid UTF-8 in a string")
	}
	b.WriteString(p.src[p.i : p.i+size])
	p.i += size
	return nil
}

func (p *tomlParser) basicString() (string, error) {
	p.i++ // '"'
	var b strings.Builder
	for {
		if p.eof() || p.peek() == '\n' {
			return "", p.errorf("[error] toml::parse_basic_string: the next token is not a valid string")
		}
		c := p.peek()
		switch {
		case c == '"':
			p.i++
			return b.String(), nil
		case c == '\\':
			if err := p.escape(&b); err != nil {
				return "", err
			}
		case c >= 0x80:
			if err := p.appendUTF8(&b); err != nil {
				return "", err
			}
		default:
			if err := p.checkStringByte(c, false); err != nil {
				return "", err
			}
			b.WriteByte(c)
			p.i++
		}
	}
}

func (p *tomlParser) escape(b *strings.Builder) error {
	p.i++ // '\'
	if p.eof() {
		return p.errorf("unterminated string")
	}
	c := p.peek()
	p.i++
	switch c {
	case 'b':
		b.WriteByte('\b')
	case 't':
		b.WriteByte('\t')
	case 'n':
		b.WriteByte('\n')
	case 'f':
		b.WriteByte('\f')
	case 'r':
		b.WriteByte('\r')
	case '"':
		b.WriteByte('"')
	case '\\':
		b.WriteByte('\\')
	case 'u', 'U':
		n := 4
		if c == 'U' {
			n = 8
		}
		if p.i+n > len(p.src) {
			return p.errorf("short unicode escape")
		}
		hex := p.src[p.i : p.i+n]
		v, err := strconv.ParseUint(hex, 16, 32)
		if err != nil || strings.ContainsAny(hex, "+-") || v > utf8.MaxRune || (v >= 0xD800 && v <= 0xDFFF) {
			return p.errorf("invalid unicode escape \\%c%s", c, hex)
		}
		p.i += n
		b.WriteRune(rune(v))
	default:
		return p.errorf("[error] toml::parse_basic_string: the next token is not a valid string")
	}
	return nil
}

func (p *tomlParser) literalString() (string, error) {
	p.i++ // '\''
	var b strings.Builder
	for {
		if p.eof() || p.peek() == '\n' {
			return "", p.errorf("unterminated literal string")
		}
		c := p.peek()
		switch {
		case c == '\'':
			p.i++
			return b.String(), nil
		case c >= 0x80:
			if err := p.appendUTF8(&b); err != nil {
				return "", err
			}
		default:
			if err := p.checkStringByte(c, false); err != nil {
				return "", err
			}
			b.WriteByte(c)
			p.i++
		}
	}
}

// multilineBasic parses a """…""" string.
func (p *tomlParser) multilineBasic() (string, error) {
	p.i += 3
	p.newline() // a newline right after the opening delimiter is trimmed
	var b strings.Builder
	for {
		if p.eof() {
			return "", p.errorf("unterminated multi-line string")
		}
		if strings.HasPrefix(p.src[p.i:], `"""`) {
			// Up to two extra quotes before the delimiter belong to the string.
			n := 3
			for n < 5 && p.i+n < len(p.src) && p.src[p.i+n] == '"' {
				n++
			}
			b.WriteString(strings.Repeat(`"`, n-3))
			p.i += n
			return b.String(), nil
		}
		c := p.peek()
		switch {
		case c == '\\':
			// A line-ending backslash trims the newline and following whitespace.
			j := p.i + 1
			for j < len(p.src) && (p.src[j] == ' ' || p.src[j] == '\t') {
				j++
			}
			if j < len(p.src) && (p.src[j] == '\n' || strings.HasPrefix(p.src[j:], "\r\n")) {
				p.i = j
				for !p.eof() {
					if p.newline() {
						continue
					}
					if c := p.peek(); c == ' ' || c == '\t' {
						p.i++
						continue
					}
					break
				}
				continue
			}
			if err := p.escape(&b); err != nil {
				return "", err
			}
		case c == '\n':
			b.WriteByte('\n')
			p.i++
			p.line++
		case c >= 0x80:
			if err := p.appendUTF8(&b); err != nil {
				return "", err
			}
		default:
			if err := p.checkStringByte(c, true); err != nil {
				return "", err
			}
			b.WriteByte(c)
			p.i++
		}
	}
}

// multilineLiteral parses a multi-line literal string (three single quotes).
func (p *tomlParser) multilineLiteral() (string, error) {
	p.i += 3
	p.newline()
	var b strings.Builder
	for {
		if p.eof() {
			return "", p.errorf("unterminated multi-line literal string")
		}
		if strings.HasPrefix(p.src[p.i:], "'''") {
			n := 3
			for n < 5 && p.i+n < len(p.src) && p.src[p.i+n] == '\'' {
				n++
			}
			b.WriteString(strings.Repeat("'", n-3))
			p.i += n
			return b.String(), nil
		}
		c := p.peek()
		switch {
		case c == '\n':
			b.WriteByte('\n')
			p.i++
			p.line++
		case c >= 0x80:
			if err := p.appendUTF8(&b); err != nil {
				return "", err
			}
		default:
			if err := p.checkStringByte(c, true); err != nil {
				return "", err
			}
			b.WriteByte(c)
			p.i++
		}
	}
}
