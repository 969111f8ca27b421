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
			return docs, yamlError(file, data, lines, err)
		}
		c := &converter{file: file, data: data, lines: lines}
		d := Document{Index: i, Pos: c.pos(yn.Line, yn.Column)}
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
func yamlError(file string, data []byte, lines []int, err error) error {
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
	c := &converter{file: file, data: data, lines: lines}
	p := Pos{File: file}
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
	return Pos{File: c.file, Offset: off, Line: line, Col: off - start + 1}
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
			return &Node{Kind: Null, Pos: p}, nil
		}
		return c.convert(n.Content[0], depth+1)
	case yaml.SequenceNode:
		l := &Node{Kind: List, Pos: p, Items: make([]*Node, 0, len(n.Content))}
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
	m := &Node{Kind: Map, Pos: p, Fields: make([]Field, 0, len(n.Content)/2)}
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
		return &Node{Kind: Null, Pos: p}, nil
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			return nil, c.errorf(n, "invalid boolean %q", n.Value)
		}
		return &Node{Kind: Bool, Bool: b, Pos: p}, nil
	case "!!int":
		var i int64
		if err := n.Decode(&i); err == nil {
			return &Node{Kind: Int, Int: i, Pos: p}, nil
		}
		// Too large for int64: JSON conversion makes it a float.
		var f float64
		if err := n.Decode(&f); err == nil {
			return &Node{Kind: Float, Float: f, Pos: p}, nil
		}
		if u, err := strconv.ParseUint(strings.ReplaceAll(n.Value, "_", ""), 0, 64); err == nil {
			return &Node{Kind: Float, Float: float64(u), Pos: p}, nil
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
		return &Node{Kind: Float, Float: f, Pos: p}, nil
	case "!!str", "!!binary", "!!timestamp":
		if plain && tag == "!!str" {
			if b, ok := yaml11Bools[n.Value]; ok {
				return &Node{Kind: Bool, Bool: b, Pos: p}, nil
			}
		}
		return &Node{Kind: String, Str: n.Value, Pos: p}, nil
	}
	// Unknown local tags (!foo): keep the text, as JSON conversion does.
	return &Node{Kind: String, Str: n.Value, Pos: p}, nil
}
