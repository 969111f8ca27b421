package eval

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// JSON conversion as Nix 2.8 does it: builtins.toJSON (also used for
// `eval --json`) and builtins.fromJSON.

// ToJSON renders v as builtins.toJSON does: attribute names sorted, sets
// with __toString or outPath converted as strings, paths as the store path
// they would be copied to, floats with six significant digits.
func ToJSON(ev *Evaluator, pos Pos, v Value) (string, error) {
	var b chunkBuf
	if err := writeJSON(ev, &pos, &b, v); err != nil {
		return "", err
	}
	return b.String(), nil
}

// WriteJSON writes what ToJSON returns to w. Nothing is written when
// evaluation fails.
func WriteJSON(ev *Evaluator, pos Pos, w io.Writer, v Value) error {
	var b chunkBuf
	if err := writeJSON(ev, &pos, &b, v); err != nil {
		return err
	}
	return b.writeOut(w)
}

// chunkBuf collects output in fixed-size chunks: unlike a growing buffer
// it never copies what it holds, so a large document costs its own size.
type chunkBuf struct {
	full [][]byte
	cur  []byte
	n    int
}

const chunkSize = 32 << 10

func (b *chunkBuf) room() {
	if b.cur != nil {
		b.full = append(b.full, b.cur)
	}
	b.cur = make([]byte, 0, chunkSize)
}

func (b *chunkBuf) WriteByte(c byte) error {
	if len(b.cur) == cap(b.cur) {
		b.room()
	}
	b.cur = append(b.cur, c)
	b.n++
	return nil
}

func (b *chunkBuf) WriteString(s string) (int, error) { return chunkAppend(b, s) }

func (b *chunkBuf) Write(p []byte) (int, error) { return chunkAppend(b, p) }

// chunkAppend appends s to b, starting new chunks as they fill up.
func chunkAppend[S string | []byte](b *chunkBuf, s S) (int, error) {
	n := len(s)
	b.n += n
	for len(s) > 0 {
		if len(b.cur) == cap(b.cur) {
			b.room()
		}
		k := min(len(s), cap(b.cur)-len(b.cur))
		b.cur = append(b.cur, s[:k]...)
		s = s[k:]
	}
	return n, nil
}

// writeInt writes i in decimal.
func (b *chunkBuf) writeInt(i int64) {
	var digits [24]byte
	chunkAppend(b, strconv.AppendInt(digits[:0], i, 10))
}

// String returns everything written, in one allocation.
func (b *chunkBuf) String() string {
	var out strings.Builder
	out.Grow(b.n)
	for _, c := range b.full {
		out.Write(c)
	}
	out.Write(b.cur)
	return out.String()
}

// writeOut writes everything written to w.
func (b *chunkBuf) writeOut(w io.Writer) error {
	for _, c := range b.full {
		if _, err := w.Write(c); err != nil {
			return err
		}
	}
	_, err := w.Write(b.cur)
	return err
}

// byteWriter is what the value writers write to.
type byteWriter interface {
	io.ByteWriter
	io.StringWriter
	io.Writer
}

// writeScalar writes null, a Boolean, an integer or a float the way both
// Nix and JSON spell it, and reports whether v was one of those.
func writeScalar(b byteWriter, v Value) bool {
	switch x := v.(type) {
	case Null:
		b.WriteString("null")
	case Bool:
		if x {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case Int:
		if cb, ok := b.(*chunkBuf); ok {
			cb.writeInt(int64(x))
			break
		}
		var digits [24]byte
		b.Write(strconv.AppendInt(digits[:0], int64(x), 10))
	case Float:
		b.WriteString(formatFloat(float64(x)))
	default:
		return false
	}
	return true
}

// writeJSON writes v, whose position is *pp (unknown when pp is nil). The
// position, which an attribute keeps in the compiled code, is read only
// where it is needed, mostly for an error: it is rarely in the cache.
func writeJSON(ev *Evaluator, pp *Pos, b *chunkBuf, v Value) error {
	v, err := ev.Force(v)
	if err != nil {
		return err
	}
	// The fast path of enter, which reads the position for its error only.
	ev.depth++
	ev.steps++
	if ev.depth > ev.maxDepth || ev.steps >= ev.nextChk || (ev.opts.MaxSteps > 0 && ev.steps > ev.opts.MaxSteps) {
		ev.depth--
		ev.steps--
		if err := ev.enter(posAt(pp)); err != nil {
			return err
		}
	}
	defer func() { ev.depth-- }()
	if writeScalar(b, v) {
		return nil
	}
	switch x := v.(type) {
	case String:
		writeJSONString(b, string(x))
	case Path:
		s, err := ev.CoerceToString(posAt(pp), x, false)
		if err != nil {
			return err
		}
		writeJSONString(b, s)
	case *Attrs:
		if _, ok := x.Get("__toString"); ok {
			s, err := ev.CoerceToString(posAt(pp), x, false)
			if err != nil {
				return err
			}
			writeJSONString(b, s)
			return nil
		}
		if o, ok := x.Get("outPath"); ok {
			return writeJSON(ev, pp, b, o.Value)
		}
		b.WriteByte('{')
		for i, e := range x.Entries {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(b, e.Name)
			b.WriteByte(':')
			if err := writeJSON(ev, e.Pos, b, e.Value); err != nil {
				return addFrame(err, e.Position(), "while evaluating attribute '%s'", e.Name)
			}
		}
		b.WriteByte('}')
	case *List:
		b.WriteByte('[')
		for i, e := range x.Elems {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := writeJSON(ev, pp, b, e); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	default:
		return ev.Errorf(posAt(pp), "cannot convert %s to JSON", TypeName(v))
	}
	return nil
}

// posAt returns *p, or the zero Pos when p is nil.
func posAt(p *Pos) Pos {
	if p == nil {
		return Pos{}
	}
	return *p
}

// writeJSONString escapes s as Nix 2.8 does: quote, backslash, \n, \r and
// \t by name, other control characters as \u00XX, everything else (DEL and
// non-ASCII bytes included) as is.
func writeJSONString(b *chunkBuf, s string) {
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b.WriteString(s[start:i])
		start = i + 1
		switch c {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			fmt.Fprintf(b, `\u%04x`, c)
		}
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

// errJSON marks fromJSON parse errors.
var errJSON = errors.New("JSON parse error")

// jsonError is a parse error with nlohmann::json's wording, which Nix
// passes through.
type jsonError struct {
	msg string
}

func (e *jsonError) Error() string { return e.msg }
func (e *jsonError) Unwrap() error { return errJSON }

// maxJSONDepth bounds nesting so that hostile input cannot exhaust the
// stack.
const maxJSONDepth = 10000

type jsonParser struct {
	src      string
	i        int
	depth    int
	tokStart int // start of the last string or number token
}

// parseJSON parses a JSON text into Nix values: integers that fit in 64
// bits (unsigned ones wrap, as in Nix) become Int, other numbers Float;
// for duplicate keys the last one wins. Syntax errors are worded as
// nlohmann::json (which Nix uses) words them.
func parseJSON(src string) (Value, error) {
	p := &jsonParser{src: src}
	v, err := p.value(p.next())
	if err != nil {
		return nil, err
	}
	if t := p.next(); t.kind != jtEOF {
		return nil, p.unexpected(t, "value", "end of input")
	}
	return v, nil
}

// position returns nlohmann's 1-based line and column for a count of
// characters read.
func (p *jsonParser) position(read int) (int, int) {
	if read > len(p.src) {
		read = len(p.src)
	}
	line, col := 1, 0
	for k := 0; k < read; k++ {
		if p.src[k] == '\n' {
			line++
			col = 0
		} else {
			col++
		}
	}
	return line, col
}

// jsonLexError is an error of the tokenizer: the number of characters
// read when it was found and nlohmann's message.
type jsonLexError struct {
	read int
	msg  string
}

func (e *jsonLexError) Error() string { return e.msg }
func (e *jsonLexError) Unwrap() error { return errJSON }

func (p *jsonParser) syntaxErr(read int, msg string) error {
	return &jsonLexError{read: read, msg: msg}
}

// parseError formats a syntax error found while parsing context (nlohmann's
// "value", "array", "object key", "object separator" or "object").
func (p *jsonParser) parseError(read int, context, msg string) error {
	line, col := p.position(read)
	if read > len(p.src) {
		col++
	}
	return &jsonError{msg: fmt.Sprintf("[json.exception.parse_error.101] parse error at line %d, column %d: syntax error while parsing %s - %s", line, col, context, msg)}
}

// unexpected reports token t where expected was wanted ("" when nlohmann
// names nothing).
func (p *jsonParser) unexpected(t jsonToken, context, expected string) error {
	var msg string
	if t.kind == jtError {
		var le *jsonLexError
		if !errors.As(t.err, &le) {
			return t.err
		}
		msg = le.msg
	} else {
		msg = "unexpected " + jsonTokenNames[t.kind]
	}
	if expected != "" {
		msg += "; expected " + expected
	}
	return p.parseError(t.read, context, msg)
}

type jsonTokenKind uint8

const (
	jtBeginArray jsonTokenKind = iota
	jtEndArray
	jtBeginObject
	jtEndObject
	jtNameSep
	jtValueSep
	jtString
	jtNumber
	jtTrue
	jtFalse
	jtNull
	jtEOF
	jtError
)

var jsonTokenNames = [...]string{
	jtBeginArray: "'['", jtEndArray: "']'", jtBeginObject: "'{'", jtEndObject: "'}'",
	jtNameSep: "':'", jtValueSep: "','", jtString: "string literal", jtNumber: "number literal",
	jtTrue: "true literal", jtFalse: "false literal", jtNull: "null literal",
	jtEOF: "end of input", jtError: "<parse error>",
}

// jsonToken is one token; read is the number of characters read after it.
type jsonToken struct {
	kind jsonTokenKind
	read int
	str  string
	val  Value
	err  error
}

// next scans the next token. Like nlohmann's lexer, the text it quotes as
// "last read" starts at the last string or number token.
func (p *jsonParser) next() jsonToken {
	p.skipWS()
	if p.i >= len(p.src) {
		return jsonToken{kind: jtEOF, read: len(p.src) + 1}
	}
	c := p.src[p.i]
	if k, ok := jsonStructural(c); ok {
		p.i++
		return jsonToken{kind: k, read: p.i}
	}
	switch {
	case c == '"':
		p.tokStart = p.i
		s, err := p.str()
		if err != nil {
			return p.lexError(err)
		}
		return jsonToken{kind: jtString, read: p.i, str: s}
	case c == '-' || isDigitByte(c):
		p.tokStart = p.i
		v, err := p.number()
		if err != nil {
			return p.lexError(err)
		}
		return jsonToken{kind: jtNumber, read: p.i, val: v}
	case c == 't':
		return p.literal("true", jtTrue, Bool(true))
	case c == 'f':
		return p.literal("false", jtFalse, Bool(false))
	case c == 'n':
		return p.literal("null", jtNull, Null{})
	}
	p.i++
	return jsonToken{kind: jtError, read: p.i, err: p.syntaxErr(p.i, fmt.Sprintf("invalid literal; last read: '%s'", lastRead(p.src[p.tokStart:p.i])))}
}

// jsonStructural returns the token kind of a structural character.
func jsonStructural(c byte) (jsonTokenKind, bool) {
	switch c {
	case '[':
		return jtBeginArray, true
	case ']':
		return jtEndArray, true
	case '{':
		return jtBeginObject, true
	case '}':
		return jtEndObject, true
	case ':':
		return jtNameSep, true
	case ',':
		return jtValueSep, true
	}
	return 0, false
}

func (p *jsonParser) lexError(err error) jsonToken {
	var le *jsonLexError
	if errors.As(err, &le) {
		return jsonToken{kind: jtError, read: le.read, err: err}
	}
	return jsonToken{kind: jtError, err: err}
}

func (p *jsonParser) literal(word string, kind jsonTokenKind, v Value) jsonToken {
	k := 0
	for k < len(word) && p.i < len(p.src) && p.src[p.i] == word[k] {
		p.i++
		k++
	}
	if k == len(word) {
		return jsonToken{kind: kind, read: p.i, val: v}
	}
	read := p.i + 1
	last := p.src[p.tokStart:min(p.i+1, len(p.src))]
	return jsonToken{kind: jtError, read: read, err: p.syntaxErr(read, fmt.Sprintf("invalid literal; last read: '%s'", lastRead(last)))}
}

func (p *jsonParser) skipWS() {
	for p.i < len(p.src) {
		switch p.src[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// value parses the value starting with token t.
func (p *jsonParser) value(t jsonToken) (Value, error) {
	switch t.kind {
	case jtBeginObject:
		return p.object()
	case jtBeginArray:
		return p.array()
	case jtString:
		return String(t.str), nil
	case jtNumber, jtTrue, jtFalse, jtNull:
		return t.val, nil
	case jtError:
		var le *jsonLexError
		if !errors.As(t.err, &le) {
			return nil, t.err
		}
		return nil, p.unexpected(t, "value", "")
	}
	return nil, p.unexpected(t, "value", "'[', '{', or a literal")
}

func (p *jsonParser) nest() error {
	p.depth++
	if p.depth > maxJSONDepth {
		return &jsonError{msg: fmt.Sprintf("[json.exception.parse_error.101] JSON nesting deeper than %d levels", maxJSONDepth)}
	}
	return nil
}

func (p *jsonParser) object() (Value, error) {
	if err := p.nest(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	vals := map[string]Value{}
	var order []string
	t := p.next()
	if t.kind == jtEndObject {
		return &Attrs{}, nil
	}
	for {
		if t.kind != jtString {
			return nil, p.unexpected(t, "object key", "string literal")
		}
		k := t.str
		if t = p.next(); t.kind != jtNameSep {
			return nil, p.unexpected(t, "object separator", "':'")
		}
		v, err := p.value(p.next())
		if err != nil {
			return nil, err
		}
		if _, ok := vals[k]; !ok {
			order = append(order, k)
		}
		vals[k] = v
		t = p.next()
		if t.kind == jtValueSep {
			t = p.next()
			continue
		}
		if t.kind == jtEndObject {
			break
		}
		return nil, p.unexpected(t, "object", "'}'")
	}
	entries := make([]Attr, len(order))
	for i, k := range order {
		entries[i] = Attr{Name: k, Value: vals[k]}
	}
	return NewAttrs(entries), nil
}

func (p *jsonParser) array() (Value, error) {
	if err := p.nest(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	var out []Value
	t := p.next()
	if t.kind == jtEndArray {
		return &List{}, nil
	}
	for {
		v, err := p.value(t)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
		t = p.next()
		if t.kind == jtValueSep {
			t = p.next()
			continue
		}
		if t.kind == jtEndArray {
			break
		}
		return nil, p.unexpected(t, "array", "']'")
	}
	return &List{Elems: out}, nil
}

func (p *jsonParser) number() (Value, error) {
	start := p.i
	bad := func(expected string) error {
		end := min(p.i+1, len(p.src))
		return p.syntaxErr(p.i+1, fmt.Sprintf("invalid number; expected %s; last read: '%s'", expected, lastRead(p.src[start:end])))
	}
	if p.src[p.i] == '-' {
		p.i++
	}
	if p.i >= len(p.src) || !isDigitByte(p.src[p.i]) {
		return nil, bad("digit after '-'")
	}
	if p.src[p.i] == '0' {
		p.i++
	} else {
		for p.i < len(p.src) && isDigitByte(p.src[p.i]) {
			p.i++
		}
	}
	isFloat := false
	if p.i < len(p.src) && p.src[p.i] == '.' {
		isFloat = true
		p.i++
		if p.i >= len(p.src) || !isDigitByte(p.src[p.i]) {
			return nil, bad("digit after '.'")
		}
		for p.i < len(p.src) && isDigitByte(p.src[p.i]) {
			p.i++
		}
	}
	if p.i < len(p.src) && (p.src[p.i] == 'e' || p.src[p.i] == 'E') {
		isFloat = true
		p.i++
		if p.i < len(p.src) && (p.src[p.i] == '+' || p.src[p.i] == '-') {
			p.i++
			if p.i >= len(p.src) || !isDigitByte(p.src[p.i]) {
				return nil, bad("digit after exponent sign")
			}
		}
		if p.i >= len(p.src) || !isDigitByte(p.src[p.i]) {
			return nil, bad("'+', '-', or digit after exponent")
		}
		for p.i < len(p.src) && isDigitByte(p.src[p.i]) {
			p.i++
		}
	}
	text := p.src[start:p.i]
	if !isFloat {
		if n, err := strconv.ParseInt(text, 10, 64); err == nil {
			return Int(n), nil
		}
		if text[0] != '-' {
			if u, err := strconv.ParseUint(text, 10, 64); err == nil {
				return Int(int64(u)), nil
			}
		}
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil && !math.IsInf(f, 0) {
		return nil, &jsonError{msg: fmt.Sprintf("[json.exception.out_of_range.406] number overflow parsing '%s'", text)}
	}
	if math.IsInf(f, 0) {
		return nil, &jsonError{msg: fmt.Sprintf("[json.exception.out_of_range.406] number overflow parsing '%s'", text)}
	}
	return Float(f), nil
}

// str parses a string literal at p.i.
func (p *jsonParser) str() (string, error) {
	p.i++ // opening quote
	start := p.i - 1
	var b strings.Builder
	for {
		if p.i >= len(p.src) {
			return "", p.syntaxErr(p.i+1, fmt.Sprintf("invalid string: missing closing quote; last read: '%s'", lastRead(p.src[start:])))
		}
		c := p.src[p.i]
		switch {
		case c == '"':
			p.i++
			return b.String(), nil
		case c == '\\':
			if p.i+1 >= len(p.src) {
				p.i++
				return "", p.syntaxErr(p.i+1, fmt.Sprintf("invalid string: missing closing quote; last read: '%s'", lastRead(p.src[start:])))
			}
			e := p.src[p.i+1]
			p.i += 2
			switch e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, err := p.hex4(start)
				if err != nil {
					return "", err
				}
				if utf16.IsSurrogate(r) {
					if r >= 0xDC00 {
						return "", p.syntaxErr(p.i, fmt.Sprintf("invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF; last read: '%s'", lastRead(p.src[start:p.i])))
					}
					if p.i+1 < len(p.src) && p.src[p.i] == '\\' && p.src[p.i+1] == 'u' {
						p.i += 2
						r2, err := p.hex4(start)
						if err != nil {
							return "", err
						}
						if r2 < 0xDC00 || r2 > 0xDFFF {
							return "", p.syntaxErr(p.i, fmt.Sprintf("invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '%s'", lastRead(p.src[start:p.i])))
						}
						r = utf16.DecodeRune(r, r2)
					} else {
						end := min(p.i+1, len(p.src))
						return "", p.syntaxErr(p.i+1, fmt.Sprintf("invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '%s'", lastRead(p.src[start:end])))
					}
				}
				b.WriteRune(r)
			default:
				return "", p.syntaxErr(p.i, fmt.Sprintf("invalid string: forbidden character after backslash; last read: '%s'", lastRead(p.src[start:p.i])))
			}
		case c < 0x20:
			how := fmt.Sprintf("\\u%04X", c)
			if short, ok := jsonShortEscapes[c]; ok {
				how += " or " + short
			}
			return "", p.syntaxErr(p.i+1, fmt.Sprintf("invalid string: control character U+%04X (%s) must be escaped to %s; last read: '%s<U+%04X>'", c, controlName(c), how, lastRead(p.src[start:p.i]), c))
		case c < 0x80:
			b.WriteByte(c)
			p.i++
		default:
			r, size := utf8.DecodeRuneInString(p.src[p.i:])
			if r == utf8.RuneError && size <= 1 {
				return "", p.syntaxErr(p.i+1, fmt.Sprintf("invalid string: ill-formed UTF-8 byte; last read: '%s'", lastRead(p.src[start:p.i+1])))
			}
			b.WriteString(p.src[p.i : p.i+size])
			p.i += size
		}
	}
}

func (p *jsonParser) hex4(start int) (rune, error) {
	var n rune
	for k := 0; k < 4; k++ {
		j := p.i + k
		if j >= len(p.src) || !isHexByte(p.src[j]) {
			read := min(j+1, len(p.src))
			return 0, p.syntaxErr(j+1, fmt.Sprintf("invalid string: '\\u' must be followed by 4 hex digits; last read: '%s'", lastRead(p.src[start:read])))
		}
		d, _ := strconv.ParseUint(p.src[j:j+1], 16, 8)
		n = n<<4 | rune(d)
	}
	p.i += 4
	return n, nil
}

func isHexByte(c byte) bool {
	return isDigitByte(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

// lastRead shows token text as nlohmann does in messages: control
// characters as <U+XXXX>.
func lastRead(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 {
			fmt.Fprintf(&b, "<U+%04X>", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// jsonShortEscapes are the control characters JSON can escape by name.
var jsonShortEscapes = map[byte]string{'\b': `\b`, '\t': `\t`, '\n': `\n`, '\f': `\f`, '\r': `\r`}

// controlName is the abbreviation nlohmann::json uses for a control
// character in error messages.
func controlName(c byte) string {
	names := [...]string{"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
		"DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"}
	if int(c) < len(names) {
		return names[c]
	}
	return "?"
}
