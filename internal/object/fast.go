package object

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// The fast path: most Kubernetes YAML is block mappings and sequences of
// one-line scalars and small flow collections. fastDecode parses exactly
// that subset itself and hands scalars to the same resolution as the full
// parser; anything else (anchors, tags, block or multi-line scalars,
// complex keys, tabs…) makes it give up, and the chunk goes through
// yaml.v3. FuzzFastMatchesFull checks both paths agree.

type fastLine struct {
	num    int // 1-based line number in the chunk
	start  int // byte offset of the line in the chunk
	indent int
	text   string // content after the indentation, without comment and trailing spaces
}

type fastParser struct {
	c     *converter
	lines []fastLine
	i     int
	depth int
}

// fastDecode decodes a chunk holding at most one document. ok is false
// when the chunk needs the full parser.
func fastDecode(c *converter, data []byte) (docs []Document, ok bool) {
	if !fastSafeBytes(data) {
		return nil, false
	}
	src := string(data)
	p := &fastParser{c: c, lines: make([]fastLine, 0, strings.Count(src, "\n")+1)}
	var marker *fastLine
	num := 0
	c.sizeSlab(strings.Count(src, ":") + strings.Count(src, "- ") + 2)
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		next := len(src)
		line := src[start:]
		if end >= 0 {
			line = src[start : start+end]
			next = start + end + 1
		}
		num++
		indent := 0
		for indent < len(line) && line[indent] == ' ' {
			indent++
		}
		text := stripComment(line[indent:])
		if text != "" {
			if !fastLineOK(text) {
				return nil, false
			}
			if indent == 0 && (text == "---" || strings.HasPrefix(text, "--- ")) {
				if text != "---" || marker != nil || len(p.lines) > 0 {
					return nil, false
				}
				marker = &fastLine{num: num, start: start}
			} else {
				p.lines = append(p.lines, fastLine{num: num, start: start, indent: indent, text: text})
			}
		}
		start = next
	}
	if marker == nil && len(p.lines) == 0 {
		return nil, true
	}
	d := Document{}
	if marker != nil {
		d.Pos = c.bytePos(marker.num, marker.start, 0)
	} else {
		d.Pos = c.bytePos(p.lines[0].num, p.lines[0].start, p.lines[0].indent)
	}
	if len(p.lines) > 0 {
		root, ok := p.block()
		if !ok || p.i != len(p.lines) {
			return nil, false
		}
		d.Root = root
	}
	return []Document{d}, true
}

// fastSafeBytes rejects input the fast path does not handle: tabs,
// carriage returns, control characters, invalid UTF-8, non-printable or
// byte-order-mark runes, and the document end marker.
func fastSafeBytes(data []byte) bool {
	for i := 0; i < len(data); {
		b := data[i]
		if b < 0x80 {
			if (b < 0x20 && b != '\n') || b == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError || r < 0xa0 || r == 0xfeff || r >= 0xfffe || (r >= 0xd800 && r <= 0xdfff) {
			return false
		}
		i += size
	}
	return true
}

// fastLineOK rejects lines starting with indicators the fast path leaves
// to the full parser.
func fastLineOK(text string) bool {
	switch text[0] {
	case '&', '*', '!', '|', '>', '%', '@', '`', '?', '#', ',', ']', '}', ':':
		return false
	}
	return !(text == "..." || strings.HasPrefix(text, "... "))
}

// stripComment removes a trailing comment (a '#' after a space, outside
// quotes) and trailing spaces. A line that starts with '#' becomes "".
func stripComment(s string) string {
	inSingle, inDouble := false, false
	prev := byte(' ')
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case inDouble:
			if ch == '\\' {
				i++
				prev = 'x'
				continue
			}
			if ch == '"' {
				inDouble = false
			}
		case inSingle:
			if ch == '\'' {
				inSingle = false
			}
		case ch == '#' && prev == ' ':
			return strings.TrimRight(s[:i], " ")
		case (ch == '"' || ch == '\'') && strings.IndexByte(" [{,:-", prev) >= 0:
			if ch == '"' {
				inDouble = true
			} else {
				inSingle = true
			}
		}
		prev = ch
	}
	return strings.TrimRight(s, " ")
}

// bytePos returns the position of byte column col (0-based) of the line
// numbered num starting at byte start of the chunk.
func (c *converter) bytePos(num, start, col int) Pos {
	return Pos{File: c.file, Offset: c.baseOffset + start + col, Line: c.baseLine + num, Col: col + 1}
}

func (p *fastParser) pos(l fastLine, col int) Pos { return p.c.bytePos(l.num, l.start, col) }

func isSeqItem(text string) bool { return text == "-" || strings.HasPrefix(text, "- ") }

// block parses the block node starting at the current line.
func (p *fastParser) block() (*Node, bool) {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > 500 {
		return nil, false
	}
	l := p.lines[p.i]
	if isSeqItem(l.text) {
		return p.seq(l.indent)
	}
	if _, _, _, _, ok := splitKey(l.text); ok {
		return p.mapping(l.indent)
	}
	return nil, false
}

// maxFastKeyLen bounds the source length of a key the fast path accepts.
const maxFastKeyLen = 1000

// splitKey splits "key: value" into the key, its quoting style, the value
// and the value's offset in text.
func splitKey(text string) (key string, style yaml.Style, rest string, restAt int, ok bool) {
	var after int
	switch text[0] {
	case '"', '\'':
		v, n, good := quoted(text)
		if !good {
			return "", 0, "", 0, false
		}
		key, after = v, n
		style = yaml.DoubleQuotedStyle
		if text[0] == '\'' {
			style = yaml.SingleQuotedStyle
		}
		if after >= len(text) || text[after] != ':' {
			return "", 0, "", 0, false
		}
	case '-', '[', '{', '<':
		return "", 0, "", 0, false
	default:
		i := strings.Index(text, ": ")
		if i < 0 {
			if !strings.HasSuffix(text, ":") {
				return "", 0, "", 0, false
			}
			i = len(text) - 1
		}
		key, after = text[:i], i
		if key == "" || !plainStartOK(key) || strings.ContainsAny(key, "[]{},\"'#") || strings.TrimRight(key, " ") != key || strings.Contains(key, ": ") {
			return "", 0, "", 0, false
		}
	}
	// YAML limits implicit keys to 1024 characters; leave long keys to the
	// full parser, which reports that limit.
	if after >= maxFastKeyLen {
		return "", 0, "", 0, false
	}
	if after+1 < len(text) && text[after+1] != ' ' {
		return "", 0, "", 0, false
	}
	restAt = after + 1
	for restAt < len(text) && text[restAt] == ' ' {
		restAt++
	}
	return key, style, text[restAt:], restAt, true
}

func (p *fastParser) mapping(ind int) (*Node, bool) {
	first := p.lines[p.i]
	m := p.c.node(Map, p.pos(first, first.indent))
	entries := 0
	for j := p.i; j < len(p.lines) && p.lines[j].indent >= ind; j++ {
		if p.lines[j].indent == ind {
			entries++
		}
	}
	m.Fields = make([]Field, 0, entries)
	var seen map[string]bool
	for p.i < len(p.lines) && p.lines[p.i].indent == ind {
		l := p.lines[p.i]
		key, style, rest, restAt, ok := splitKey(l.text)
		if !ok || (style == 0 && key == "<<") {
			return nil, false
		}
		kn := yaml.Node{Kind: yaml.ScalarNode, Style: style, Value: key}
		k, err := p.c.key(&kn)
		if err != nil {
			return nil, false
		}
		if seen == nil {
			seen = make(map[string]bool, 8)
		}
		if seen[k] {
			return nil, false // the full parser reports it with its position
		}
		seen[k] = true
		p.i++
		var val *Node
		if rest == "" {
			colon := ind + restAt
			for colon > ind && l.text[colon-ind-1] == ' ' {
				colon--
			}
			if p.i < len(p.lines) && (p.lines[p.i].indent > ind || (p.lines[p.i].indent == ind && isSeqItem(p.lines[p.i].text))) {
				val, ok = p.block()
			} else {
				val, ok = p.c.node(Null, p.pos(l, colon)), true
			}
		} else {
			val, ok = p.inline(l, ind+restAt, rest)
			if ok && p.i < len(p.lines) && p.lines[p.i].indent > ind {
				return nil, false
			}
		}
		if !ok {
			return nil, false
		}
		m.Fields = append(m.Fields, Field{Key: k, KeyPos: p.pos(l, ind), Value: val})
	}
	if p.i < len(p.lines) && p.lines[p.i].indent > ind {
		return nil, false
	}
	return m, true
}

func (p *fastParser) seq(ind int) (*Node, bool) {
	first := p.lines[p.i]
	s := p.c.node(List, p.pos(first, first.indent))
	for p.i < len(p.lines) && p.lines[p.i].indent == ind && isSeqItem(p.lines[p.i].text) {
		l := p.lines[p.i]
		rest := strings.TrimLeft(l.text[1:], " ")
		restCol := ind + len(l.text) - len(rest)
		if rest != "" && !fastLineOK(rest) {
			return nil, false
		}
		var item *Node
		ok := true
		switch {
		case rest == "":
			p.i++
			if p.i < len(p.lines) && p.lines[p.i].indent > ind {
				item, ok = p.block()
			} else {
				item = p.c.node(Null, p.pos(l, ind+1))
			}
		case isSeqItem(rest) || isMapStart(rest):
			p.lines[p.i] = fastLine{num: l.num, start: l.start, indent: restCol, text: rest}
			item, ok = p.block()
		default:
			p.i++
			item, ok = p.inline(l, restCol, rest)
			if ok && p.i < len(p.lines) && p.lines[p.i].indent > ind {
				return nil, false
			}
		}
		if !ok {
			return nil, false
		}
		s.Items = append(s.Items, item)
	}
	if p.i < len(p.lines) && p.lines[p.i].indent > ind {
		return nil, false
	}
	return s, true
}

func isMapStart(text string) bool {
	_, _, _, _, ok := splitKey(text)
	return ok
}

// inline parses a one-line value starting at byte column col.
func (p *fastParser) inline(l fastLine, col int, text string) (*Node, bool) {
	switch text[0] {
	case '[', '{':
		n, end, ok := p.flow(l, col, text, 0, 0)
		if !ok || strings.TrimRight(text[end:], " ") != "" {
			return nil, false
		}
		return n, true
	case '"', '\'':
		v, end, ok := quoted(text)
		if !ok || end != len(text) {
			return nil, false
		}
		return p.scalar(l, col, v, quoteStyle(text[0]))
	case '&', '*', '!', '|', '>', '%', '@', '`', '?', ',', ']', '}', '#', ':':
		return nil, false
	case '-':
		if isSeqItem(text) {
			return nil, false
		}
	}
	if strings.Contains(text, ": ") || strings.HasSuffix(text, ":") {
		return nil, false
	}
	return p.scalar(l, col, text, 0)
}

func quoteStyle(q byte) yaml.Style {
	if q == '\'' {
		return yaml.SingleQuotedStyle
	}
	return yaml.DoubleQuotedStyle
}

func (p *fastParser) scalar(l fastLine, col int, v string, style yaml.Style) (*Node, bool) {
	n, err := p.c.scalar(&yaml.Node{Kind: yaml.ScalarNode, Style: style, Value: v}, p.pos(l, col))
	if err != nil {
		return nil, false
	}
	return n, true
}

// flow parses a flow collection or scalar at text[i:]; it returns the node
// and the index after it.
func (p *fastParser) flow(l fastLine, col int, text string, i, depth int) (*Node, int, bool) {
	if depth > 100 {
		return nil, 0, false
	}
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i >= len(text) {
		return nil, 0, false
	}
	switch text[i] {
	case '[':
		n := p.c.node(List, p.pos(l, col+i))
		n.Items = []*Node{}
		i++
		for {
			for i < len(text) && text[i] == ' ' {
				i++
			}
			if i < len(text) && text[i] == ']' {
				return n, i + 1, true
			}
			item, j, ok := p.flow(l, col, text, i, depth+1)
			if !ok {
				return nil, 0, false
			}
			n.Items = append(n.Items, item)
			i = j
			for i < len(text) && text[i] == ' ' {
				i++
			}
			if i < len(text) && text[i] == ',' {
				i++
				for i < len(text) && text[i] == ' ' {
					i++
				}
				if i < len(text) && text[i] == ']' {
					return nil, 0, false
				}
				continue
			}
			if i < len(text) && text[i] == ']' {
				return n, i + 1, true
			}
			return nil, 0, false
		}
	case '{':
		n := p.c.node(Map, p.pos(l, col+i))
		n.Fields = []Field{}
		i++
		var seen map[string]bool
		for {
			for i < len(text) && text[i] == ' ' {
				i++
			}
			if i < len(text) && text[i] == '}' {
				return n, i + 1, true
			}
			keyAt := i
			var key string
			var style yaml.Style
			if i < len(text) && (text[i] == '"' || text[i] == '\'') {
				v, end, ok := quoted(text[i:])
				if !ok {
					return nil, 0, false
				}
				key, style, i = v, quoteStyle(text[i]), i+end
			} else {
				j := i
				for j < len(text) && strings.IndexByte(":,[]{}#\"'", text[j]) < 0 {
					j++
				}
				key = strings.TrimRight(text[i:j], " ")
				if key == "" || !plainStartOK(key) || key == "<<" {
					return nil, 0, false
				}
				i = j
			}
			if i+1 >= len(text) || text[i] != ':' || text[i+1] != ' ' {
				return nil, 0, false
			}
			i++
			k, err := p.c.key(&yaml.Node{Kind: yaml.ScalarNode, Style: style, Value: key})
			if err != nil {
				return nil, 0, false
			}
			if seen == nil {
				seen = map[string]bool{}
			}
			if seen[k] {
				return nil, 0, false
			}
			seen[k] = true
			for i < len(text) && text[i] == ' ' {
				i++
			}
			var val *Node
			if i < len(text) && (text[i] == ',' || text[i] == '}') {
				val = p.c.node(Null, p.pos(l, col+i))
			} else {
				var ok bool
				val, i, ok = p.flow(l, col, text, i, depth+1)
				if !ok {
					return nil, 0, false
				}
			}
			n.Fields = append(n.Fields, Field{Key: k, KeyPos: p.pos(l, col+keyAt), Value: val})
			for i < len(text) && text[i] == ' ' {
				i++
			}
			if i < len(text) && text[i] == ',' {
				i++
				for i < len(text) && text[i] == ' ' {
					i++
				}
				if i < len(text) && text[i] == '}' {
					return nil, 0, false
				}
				continue
			}
			if i < len(text) && text[i] == '}' {
				return n, i + 1, true
			}
			return nil, 0, false
		}
	case '"', '\'':
		v, end, ok := quoted(text[i:])
		if !ok {
			return nil, 0, false
		}
		n, ok := p.scalar(l, col+i, v, quoteStyle(text[i]))
		return n, i + end, ok
	}
	j := i
	for j < len(text) && strings.IndexByte(":,[]{}#\"'", text[j]) < 0 {
		j++
	}
	v := strings.TrimRight(text[i:j], " ")
	if v == "" || !plainStartOK(v) {
		return nil, 0, false
	}
	n, ok := p.scalar(l, col+i, v, 0)
	return n, j, ok
}

// plainStartOK reports whether a plain scalar may start like s.
func plainStartOK(s string) bool {
	switch s[0] {
	case '&', '*', '!', '|', '>', '%', '@', '`', '?', '-', ':', '#':
		return s[0] == '-' && len(s) > 1 && s[1] != ' '
	}
	return true
}

// quoted parses a single- or double-quoted scalar at the start of s and
// returns its value and the index after the closing quote. Escapes beyond
// the common ones are left to the full parser.
func quoted(s string) (string, int, bool) {
	q := s[0]
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		ch := s[i]
		if q == '\'' {
			if ch == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					b.WriteByte('\'')
					i++
					continue
				}
				return b.String(), i + 1, true
			}
			b.WriteByte(ch)
			continue
		}
		switch ch {
		case '"':
			return b.String(), i + 1, true
		case '\\':
			if i+1 >= len(s) {
				return "", 0, false
			}
			i++
			switch s[i] {
			case '\\', '"', '/':
				b.WriteByte(s[i])
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case 'u':
				if i+4 >= len(s) {
					return "", 0, false
				}
				r, err := strconv.ParseUint(s[i+1:i+5], 16, 32)
				if err != nil || (r >= 0xd800 && r <= 0xdfff) {
					return "", 0, false
				}
				b.WriteRune(rune(r))
				i += 4
			default:
				return "", 0, false
			}
		default:
			b.WriteByte(ch)
		}
	}
	return "", 0, false
}
