package object

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// maxNodes bounds how many nodes one document may expand to (aliases can
// make a small file describe an enormous tree).
const maxNodes = 1 << 20

// Document is one YAML document of a stream: its root value (nil for an
// empty document) and where the document starts.
type Document struct {
	Root  *Node
	Pos   Pos
	Index int // 0-based index of the document in its file
}

// DecodeError is a YAML syntax or structure error with its position.
type DecodeError struct {
	Pos Pos
	Msg string
}

func (e *DecodeError) Error() string { return e.Pos.String() + ": " + e.Msg }

// DecodeYAML decodes every document of a multi-document YAML stream into
// positioned nodes. Scalars resolve the way Kubernetes tooling reads YAML
// (sigs.k8s.io/yaml, YAML 1.1): yes/no/on/off/y/n are booleans. Duplicate
// map keys are errors, as they are for kubectl. Empty documents are kept
// with a nil Root so document indexes match the file.
func DecodeYAML(file string, data []byte) ([]Document, error) {
	var docs []Document
	for _, c := range splitDocuments(data) {
		ds, err := decodeChunk(file, c.data, c.offset, c.line, len(docs))
		docs = append(docs, ds...)
		if err != nil {
			return docs, err
		}
	}
	return docs, nil
}

// decodeChunk decodes the documents of data, which starts at byte
// baseOffset and line baseLine+1 of file; index is the index of its first
// document in the file.
func decodeChunk(file string, data []byte, baseOffset, baseLine, index int) ([]Document, error) {
	return decodeChunkWith(file, data, baseOffset, baseLine, index, true)
}

// decodeChunkWith is decodeChunk with the fast path optional (tests
// compare both paths).
func decodeChunkWith(file string, data []byte, baseOffset, baseLine, index int, fast bool) ([]Document, error) {
	if fast && len(splitDocuments(data)) == 1 {
		c := &converter{file: file, data: data, baseLine: baseLine, baseOffset: baseOffset}
		if docs, ok := fastDecode(c, data); ok {
			for i := range docs {
				docs[i].Index = index + i
			}
			return docs, nil
		}
	}
	lines := lineStarts(data)
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var docs []Document
	for i := 0; ; i++ {
		var yn yaml.Node
		err := dec.Decode(&yn)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return docs, yamlError(&converter{file: file, data: data, lines: lines, baseLine: baseLine, baseOffset: baseOffset}, err)
		}
		c := &converter{file: file, data: data, lines: lines, baseLine: baseLine, baseOffset: baseOffset}
		d := Document{Index: index + i, Pos: c.pos(yn.Line, yn.Column)}
		if len(yn.Content) > 0 {
			root, err := c.convert(yn.Content[0], 0)
			if err != nil {
				return docs, err
			}
			if root.Kind != Null {
				d.Root = root
			}
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// yamlError turns a yaml.v3 error ("yaml: line 3: …") into a DecodeError.
func yamlError(c *converter, err error) error {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "yaml: ")
	line := 0
	if strings.HasPrefix(msg, "line ") {
		rest := msg[len("line "):]
		if j := strings.IndexByte(rest, ':'); j > 0 {
			if n, convErr := strconv.Atoi(rest[:j]); convErr == nil {
				line = n
				msg = strings.TrimSpace(rest[j+1:])
			}
		}
	}
	p := Pos{File: c.file}
	if line > 0 {
		p = c.pos(line, 1)
	}
	return &DecodeError{Pos: p, Msg: "invalid YAML: " + msg}
}

func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, b := range data {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

type converter struct {
	file  string
	data  []byte
	lines []int
	count int
	// baseLine and baseOffset place a chunk of a larger file.
	baseLine, baseOffset int
	slab                 []Node // nodes are carved from here to save allocations
}

// sizeSlab preallocates room for about n nodes.
func (c *converter) sizeSlab(n int) {
	if len(c.slab) < n {
		c.slab = make([]Node, min(n, 4096))
	}
}

// node returns a new node from the converter's slab.
func (c *converter) node(k Kind, p Pos) *Node {
	if len(c.slab) == 0 {
		c.slab = make([]Node, 32)
	}
	n := &c.slab[0]
	c.slab = c.slab[1:]
	n.Kind, n.Pos = k, p
	return n
}

// pos converts yaml.v3's 1-based line and rune column into a Pos with a
// byte offset and byte column.
func (c *converter) pos(line, col int) Pos {
	if line <= 0 {
		return Pos{File: c.file}
	}
	if line > len(c.lines) {
		line = len(c.lines)
	}
	start := c.lines[line-1]
	off := start
	for r := 1; r < col && off < len(c.data) && c.data[off] != '\n'; r++ {
		_, size := utf8.DecodeRune(c.data[off:])
		off += size
	}
	return Pos{File: c.file, Offset: c.baseOffset + off, Line: c.baseLine + line, Col: off - start + 1}
}

func (c *converter) errorf(n *yaml.Node, format string, args ...any) error {
	return &DecodeError{Pos: c.pos(n.Line, n.Column), Msg: fmt.Sprintf(format, args...)}
}

func (c *converter) convert(n *yaml.Node, depth int) (*Node, error) {
	c.count++
	if c.count > maxNodes {
		return nil, c.errorf(n, "document expands to more than %d values (alias bomb?)", maxNodes)
	}
	if depth > 1000 {
		return nil, c.errorf(n, "document nests deeper than 1000 levels")
	}
	p := c.pos(n.Line, n.Column)
	switch n.Kind {
	case yaml.AliasNode:
		if n.Alias == nil {
			return nil, c.errorf(n, "unknown alias")
		}
		v, err := c.convert(n.Alias, depth+1)
		if err != nil {
			return nil, err
		}
		return v, nil
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return c.node(Null, p), nil
		}
		return c.convert(n.Content[0], depth+1)
	case yaml.SequenceNode:
		l := c.node(List, p)
		l.Items = make([]*Node, 0, len(n.Content))
		for _, it := range n.Content {
			v, err := c.convert(it, depth+1)
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, v)
		}
		return l, nil
	case yaml.MappingNode:
		return c.mapping(n, p, depth)
	case yaml.ScalarNode:
		return c.scalar(n, p)
	}
	return nil, c.errorf(n, "unsupported YAML node kind %d", n.Kind)
}

func (c *converter) mapping(n *yaml.Node, p Pos, depth int) (*Node, error) {
	m := c.node(Map, p)
	m.Fields = make([]Field, 0, len(n.Content)/2)
	seen := make(map[string]bool, len(n.Content)/2)
	var merged []Field // from << merge keys; explicit keys win
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Tag == "!!merge" {
			fs, err := c.mergeFields(v, depth)
			if err != nil {
				return nil, err
			}
			merged = append(merged, fs...)
			continue
		}
		key, err := c.key(k)
		if err != nil {
			return nil, err
		}
		if seen[key] {
			return nil, c.errorf(k, "key %q already set in this map; remove one of them", key)
		}
		seen[key] = true
		val, err := c.convert(v, depth+1)
		if err != nil {
			return nil, err
		}
		m.Fields = append(m.Fields, Field{Key: key, KeyPos: c.pos(k.Line, k.Column), Value: val})
	}
	for _, f := range merged {
		if !seen[f.Key] {
			seen[f.Key] = true
			m.Fields = append(m.Fields, f)
		}
	}
	return m, nil
}

// mergeFields returns the members a "<<" merge key contributes.
func (c *converter) mergeFields(v *yaml.Node, depth int) ([]Field, error) {
	src, err := c.convert(v, depth+1)
	if err != nil {
		return nil, err
	}
	switch src.Kind {
	case Map:
		return src.Fields, nil
	case List:
		var out []Field
		seen := map[string]bool{}
		for _, it := range src.Items {
			if it.Kind != Map {
				return nil, c.errorf(v, "merge key value must be a map or a list of maps")
			}
			for _, f := range it.Fields {
				if !seen[f.Key] { // earlier maps win
					seen[f.Key] = true
					out = append(out, f)
				}
			}
		}
		return out, nil
	}
	return nil, c.errorf(v, "merge key value must be a map or a list of maps")
}

// key returns a map key as a string, the way JSON conversion does.
func (c *converter) key(k *yaml.Node) (string, error) {
	if k.Kind == yaml.AliasNode && k.Alias != nil {
		k = k.Alias
	}
	if k.Kind != yaml.ScalarNode {
		return "", c.errorf(k, "map keys must be scalars, found a %s", kindWord(k.Kind))
	}
	if k.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return k.Value, nil
	}
	if k.ShortTag() == "!!str" && !isYAML11Bool(k.Value) {
		return k.Value, nil
	}
	v, err := c.scalar(k, Pos{})
	if err != nil {
		return "", err
	}
	switch v.Kind {
	case String:
		return v.Str, nil
	case Int:
		return strconv.FormatInt(v.Int, 10), nil
	case Float:
		return strconv.FormatFloat(v.Float, 'g', -1, 64), nil
	case Bool:
		return strconv.FormatBool(v.Bool), nil
	case Null:
		return "null", nil
	}
	return k.Value, nil
}

func kindWord(k yaml.Kind) string {
	switch k {
	case yaml.MappingNode:
		return "map"
	case yaml.SequenceNode:
		return "list"
	}
	return "non-scalar"
}

// yaml11Bools are the plain scalars YAML 1.1 (and so kubectl) reads as
// booleans that YAML 1.2 reads as strings.
var yaml11Bools = map[string]bool{
	"y": true, "Y": true, "yes": true, "Yes": true, "YES": true,
	"on": true, "On": true, "ON": true,
	"n": false, "N": false, "no": false, "No": false, "NO": false,
	"off": false, "Off": false, "OFF": false,
}

func (c *converter) scalar(n *yaml.Node, p Pos) (*Node, error) {
	tag := n.ShortTag()
	plain := n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0
	switch tag {
	case "!!null":
		return c.node(Null, p), nil
	case "!!bool":
		switch n.Value {
		case "true":
			nd := c.node(Bool, p)
			nd.Bool = true
			return nd, nil
		case "false":
			nd := c.node(Bool, p)
			nd.Bool = false
			return nd, nil
		}
		var b bool
		if err := n.Decode(&b); err != nil {
			return nil, c.errorf(n, "invalid boolean %q", n.Value)
		}
		nd := c.node(Bool, p)
		nd.Bool = b
		return nd, nil
	case "!!int":
		if simpleDecimal(n.Value) {
			if i, err := strconv.ParseInt(n.Value, 10, 64); err == nil {
				nd := c.node(Int, p)
				nd.Int = i
				return nd, nil
			}
		}
		var i int64
		if err := n.Decode(&i); err == nil {
			nd := c.node(Int, p)
			nd.Int = i
			return nd, nil
		}
		// Too large for int64: JSON conversion makes it a float.
		var f float64
		if err := n.Decode(&f); err == nil {
			nd := c.node(Float, p)
			nd.Float = f
			return nd, nil
		}
		if u, err := strconv.ParseUint(strings.ReplaceAll(n.Value, "_", ""), 0, 64); err == nil {
			nd := c.node(Float, p)
			nd.Float = float64(u)
			return nd, nil
		}
		return nil, c.errorf(n, "invalid integer %q", n.Value)
	case "!!float":
		var f float64
		if err := n.Decode(&f); err != nil {
			return nil, c.errorf(n, "invalid number %q", n.Value)
		}
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return nil, c.errorf(n, "%s cannot be represented in JSON; quote it to make it a string", n.Value)
		}
		nd := c.node(Float, p)
		nd.Float = f
		return nd, nil
	case "!!str", "!!binary", "!!timestamp":
		if plain && tag == "!!str" && len(n.Value) <= 3 {
			if b, ok := yaml11Bools[n.Value]; ok {
				nd := c.node(Bool, p)
				nd.Bool = b
				return nd, nil
			}
		}
		nd := c.node(String, p)
		nd.Str = n.Value
		return nd, nil
	}
	// Unknown local tags (!foo): keep the text, as JSON conversion does.
	nd := c.node(String, p)
	nd.Str = n.Value
	return nd, nil
}

// simpleDecimal reports whether s is an optionally signed decimal integer
// without leading zeros, which strconv parses exactly like YAML does.
func simpleDecimal(s string) bool {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	if s == "" || len(s) > 18 || (s[0] == '0' && len(s) > 1) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isYAML11Bool(s string) bool {
	_, ok := yaml11Bools[s]
	return ok
}
