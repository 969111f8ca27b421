package eval

import (
	"errors"
	"fmt"
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
	var b strings.Builder
	if err := writeJSON(ev, pos, &b, v); err != nil {
		return "", err
	}
	return b.String(), nil
}

func writeJSON(ev *Evaluator, pos Pos, b *strings.Builder, v Value) error {
	v, err := ev.Force(v)
	if err != nil {
		return err
	}
	if err := ev.enter(pos); err != nil {
		return err
	}
	defer func() { ev.depth-- }()
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
		b.WriteString(strconv.FormatInt(int64(x), 10))
	case Float:
		b.WriteString(formatFloat(float64(x)))
	case String:
		writeJSONString(b, string(x))
	case Path:
		s, err := ev.CoerceToString(pos, x, false)
		if err != nil {
			return err
		}
		writeJSONString(b, s)
	case *Attrs:
		if _, ok := x.Get("__toString"); ok {
			s, err := ev.CoerceToString(pos, x, false)
			if err != nil {
				return err
			}
			writeJSONString(b, s)
			return nil
		}
		if o, ok := x.Get("outPath"); ok {
			return writeJSON(ev, pos, b, o.Value)
		}
		b.WriteByte('{')
		for i, e := range x.Entries {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(b, e.Name)
			b.WriteByte(':')
			if err := writeJSON(ev, e.Pos, b, e.Value); err != nil {
				return addFrame(err, e.Pos, "while evaluating attribute '%s'", e.Name)
			}
		}
		b.WriteByte('}')
	case *List:
		b.WriteByte('[')
		for i, e := range x.Elems {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := writeJSON(ev, pos, b, e); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	default:
		return ev.Errorf(pos, "cannot convert %s to JSON", TypeName(v))
	}
	return nil
}

// writeJSONString escapes s as Nix 2.8 does: quote, backslash, \n, \r and
// \t by name, other control characters as \u00XX, everything else (DEL and
// non-ASCII bytes included) as is.
func writeJSONString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20:
			fmt.Fprintf(b, `\u%04x`, c)
		default:
			b.WriteByte(c)
		}
	}
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
	src   string
	i     int
	depth int
}

// parseJSON parses a JSON text into Nix values: integers that fit in 64
// bits (unsigned ones wrap, as in Nix) become Int, other numbers Float;
// for duplicate keys the last one wins.
func parseJSON(src string) (Value, error) {
	p := &jsonParser{src: src}
	p.skipWS()
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	p.skipWS()
	if p.i < len(p.src) {
		return nil, p.syntaxErr(p.i+1, "unexpected "+p.tokenName()+"; expected end of input")
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

func (p *jsonParser) syntaxErr(read int, msg string) error {
	return p.syntaxErrIn("value", read, msg)
}

// syntaxErrIn reports a syntax error found while parsing the given part
// ("value", "array", "object key", "object separator", "object").
func (p *jsonParser) syntaxErrIn(context string, read int, msg string) error {
	line, col := p.position(read)
	if read > len(p.src) {
		col++
	}
	return &jsonError{msg: fmt.Sprintf("[json.exception.parse_error.101] parse error at line %d, column %d: syntax error while parsing %s - %s", line, col, context, msg)}
}

// tokenName describes the token at p.i as nlohmann does in messages.
func (p *jsonParser) tokenName() string {
	if p.i >= len(p.src) {
		return "end of input"
	}
	switch c := p.src[p.i]; {
	case c == '[' || c == ']' || c == '{' || c == '}' || c == ':' || c == ',':
		return "'" + string(c) + "'"
	case c == '"':
		return "string literal"
	case c == '-' || isDigitByte(c):
		return "number literal"
	case c == 't' || c == 'f' || c == 'n':
		return "literal"
	}
	return "'" + string(p.src[p.i]) + "'"
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

func (p *jsonParser) value() (Value, error) {
	if p.i >= len(p.src) {
		return nil, p.syntaxErr(p.i+1, "unexpected end of input; expected '[', '{', or a literal")
	}
	switch c := p.src[p.i]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		return String(s), nil
	case c == '-' || isDigitByte(c):
		return p.number()
	case c == 't':
		return p.literal("true", Bool(true))
	case c == 'f':
		return p.literal("false", Bool(false))
	case c == 'n':
		return p.literal("null", Null{})
	case c == ']' || c == '}' || c == ':' || c == ',':
		return nil, p.syntaxErr(p.i+1, "unexpected '"+string(c)+"'; expected '[', '{', or a literal")
	}
	return nil, p.syntaxErr(p.i+1, fmt.Sprintf("invalid literal; last read: '%s'", p.src[p.i:p.i+1]))
}

func (p *jsonParser) literal(word string, v Value) (Value, error) {
	start := p.i
	k := 0
	for k < len(word) && p.i < len(p.src) && p.src[p.i] == word[k] {
		p.i++
		k++
	}
	if k == len(word) {
		return v, nil
	}
	read := p.i + 1
	last := p.src[start:min(p.i+1, len(p.src))]
	return nil, p.syntaxErr(read, fmt.Sprintf("invalid literal; last read: '%s'", last))
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
	p.i++ // '{'
	vals := map[string]Value{}
	var order []string
	p.skipWS()
	if p.i < len(p.src) && p.src[p.i] == '}' {
		p.i++
		return &Attrs{}, nil
	}
	for {
		p.skipWS()
		if p.i >= len(p.src) || p.src[p.i] != '"' {
			return nil, p.syntaxErrIn("object key", p.i+1, "unexpected "+p.tokenName()+"; expected string literal")
		}
		k, err := p.str()
		if err != nil {
			return nil, err
		}
		p.skipWS()
		if p.i >= len(p.src) || p.src[p.i] != ':' {
			return nil, p.syntaxErrIn("object separator", p.i+1, "unexpected "+p.tokenName()+"; expected ':'")
		}
		p.i++
		p.skipWS()
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		if _, ok := vals[k]; !ok {
			order = append(order, k)
		}
		vals[k] = v
		p.skipWS()
		if p.i < len(p.src) && p.src[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.src) && p.src[p.i] == '}' {
			p.i++
			break
		}
		return nil, p.syntaxErrIn("object", p.i+1, "unexpected "+p.tokenName()+"; expected '}'")
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
	p.i++ // '['
	var out []Value
	p.skipWS()
	if p.i < len(p.src) && p.src[p.i] == ']' {
		p.i++
		return &List{}, nil
	}
	for {
		p.skipWS()
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		out = append(out, v)
		p.skipWS()
		if p.i < len(p.src) && p.src[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.src) && p.src[p.i] == ']' {
			p.i++
			break
		}
		return nil, p.syntaxErrIn("array", p.i+1, "unexpected "+p.tokenName()+"; expected ']'")
	}
	return &List{Elems: out}, nil
}

func (p *jsonParser) number() (Value, error) {
	start := p.i
	bad := func(expected string) error {
		end := min(p.i+1, len(p.src))
		return p.syntaxErr(p.i+1, fmt.Sprintf("invalid number; expected %s; last read: '%s'", expected, p.src[start:end]))
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
			return "", p.syntaxErr(p.i+1, fmt.Sprintf("invalid string: missing closing quote; last read: '%s'", p.src[start:]))
		}
		c := p.src[p.i]
		switch {
		case c == '"':
			p.i++
			return b.String(), nil
		case c == '\\':
			if p.i+1 >= len(p.src) {
				p.i++
				return "", p.syntaxErr(p.i+1, fmt.Sprintf("invalid string: missing closing quote; last read: '%s'", p.src[start:]))
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
						return "", p.syntaxErr(p.i, fmt.Sprintf("invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF; last read: '%s'", p.src[start:p.i]))
					}
					if p.i+1 < len(p.src) && p.src[p.i] == '\\' && p.src[p.i+1] == 'u' {
						p.i += 2
						r2, err := p.hex4(start)
						if err != nil {
							return "", err
						}
						if r2 < 0xDC00 || r2 > 0xDFFF {
							return "", p.syntaxErr(p.i, fmt.Sprintf("invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '%s'", p.src[start:p.i]))
						}
						r = utf16.DecodeRune(r, r2)
					} else {
						end := min(p.i+1, len(p.src))
						return "", p.syntaxErr(p.i+1, fmt.Sprintf("invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '%s'", p.src[start:end]))
					}
				}
				b.WriteRune(r)
			default:
				return "", p.syntaxErr(p.i, fmt.Sprintf("invalid string: forbidden character after backslash; last read: '%s'", p.src[start:p.i]))
			}
		case c < 0x20:
			how := fmt.Sprintf("\\u%04X", c)
			if short, ok := jsonShortEscapes[c]; ok {
				how += " or " + short
			}
			return "", p.syntaxErr(p.i+1, fmt.Sprintf("invalid string: control character U+%04X (%s) must be escaped to %s; last read: '%s<U+%04X>'", c, controlName(c), how, p.src[start:p.i], c))
		case c < 0x80:
			b.WriteByte(c)
			p.i++
		default:
			r, size := utf8.DecodeRuneInString(p.src[p.i:])
			if r == utf8.RuneError && size <= 1 {
				return "", p.syntaxErr(p.i+1, fmt.Sprintf("invalid string: ill-formed UTF-8 byte; last read: '%s'", p.src[start:p.i+1]))
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
			return 0, p.syntaxErr(j+1, fmt.Sprintf("invalid string: '\\u' must be followed by 4 hex digits; last read: '%s'", p.src[start:read]))
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
