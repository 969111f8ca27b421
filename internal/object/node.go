// Package object holds positioned JSON-like values: the Kubernetes objects
// that nix-k8s validates and writes. A Node remembers where it came from
// (file, byte offset, line, column) so every diagnostic can point at source.
//
// The package does not depend on any input format: the YAML decoder lives in
// yaml.go, and the render pipeline builds Nodes from evaluated Nix values.
package object

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Kind is the JSON type of a Node.
type Kind uint8

// The node kinds, one per JSON type (numbers split into Int and Float).
const (
	Null Kind = iota
	String
	Int
	Float
	Bool
	Map
	List
)

// String names the kind as JSON Schema does ("integer", "object"…).
func (k Kind) String() string {
	switch k {
	case Null:
		return "null"
	case String:
		return "string"
	case Int:
		return "integer"
	case Float:
		return "number"
	case Bool:
		return "boolean"
	case Map:
		return "object"
	case List:
		return "array"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Pos is a source position. Line and Col are 1-based (Col counts bytes);
// Offset is the 0-based byte offset. The zero Pos means "unknown".
type Pos struct {
	File   string
	Offset int
	Line   int
	Col    int
}

// IsValid reports whether the position points somewhere.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String formats the position as file:line:col.
func (p Pos) String() string {
	if !p.IsValid() {
		if p.File == "" {
			return "-"
		}
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Field is one member of a Map node, in source order.
type Field struct {
	Key    string
	KeyPos Pos
	Value  *Node
}

// Node is one value. Only the members matching Kind are meaningful.
type Node struct {
	Kind   Kind
	Str    string
	Int    int64
	Float  float64
	Bool   bool
	Fields []Field
	Items  []*Node
	Pos    Pos
}

// Get returns the value of the map member key, or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != Map {
		return nil
	}
	for i := range n.Fields {
		if n.Fields[i].Key == key {
			return n.Fields[i].Value
		}
	}
	return nil
}

// Field returns the map member key (with its key position), or nil.
func (n *Node) Field(key string) *Field {
	if n == nil || n.Kind != Map {
		return nil
	}
	for i := range n.Fields {
		if n.Fields[i].Key == key {
			return &n.Fields[i]
		}
	}
	return nil
}

// GetString returns the string member key, or "" when absent or not a string.
func (n *Node) GetString(key string) string {
	v := n.Get(key)
	if v == nil || v.Kind != String {
		return ""
	}
	return v.Str
}

// Lookup follows a path of map keys and returns the node, or nil.
func (n *Node) Lookup(keys ...string) *Node {
	for _, k := range keys {
		n = n.Get(k)
	}
	return n
}

// IsNumber reports whether the node is an Int or a Float.
func (n *Node) IsNumber() bool { return n != nil && (n.Kind == Int || n.Kind == Float) }

// IntValue returns the node as an int64 when it is an Int, or a Float with an
// integral value inside the int64 range (JSON does not tell 80 from 80.0).
func (n *Node) IntValue() (int64, bool) {
	switch n.Kind {
	case Int:
		return n.Int, true
	case Float:
		if n.Float == math.Trunc(n.Float) && n.Float >= -(1<<63) && n.Float < (1<<63) {
			return int64(n.Float), true
		}
	}
	return 0, false
}

// Number returns the node's numeric value as a float64.
func (n *Node) Number() float64 {
	if n.Kind == Int {
		return float64(n.Int)
	}
	return n.Float
}

// Clone returns a deep copy of the node.
func (n *Node) Clone() *Node {
	if n == nil {
		return nil
	}
	c := *n
	if n.Fields != nil {
		c.Fields = make([]Field, len(n.Fields))
		for i, f := range n.Fields {
			c.Fields[i] = Field{Key: f.Key, KeyPos: f.KeyPos, Value: f.Value.Clone()}
		}
	}
	if n.Items != nil {
		c.Items = make([]*Node, len(n.Items))
		for i, it := range n.Items {
			c.Items[i] = it.Clone()
		}
	}
	return &c
}

// Constructors, for code that builds objects (the render pipeline, tests).

// NewString returns a String node.
func NewString(s string) *Node { return &Node{Kind: String, Str: s} }

// NewInt returns an Int node.
func NewInt(i int64) *Node { return &Node{Kind: Int, Int: i} }

// NewFloat returns a Float node.
func NewFloat(f float64) *Node { return &Node{Kind: Float, Float: f} }

// NewBool returns a Bool node.
func NewBool(b bool) *Node { return &Node{Kind: Bool, Bool: b} }

// NewNull returns a Null node.
func NewNull() *Node { return &Node{Kind: Null} }

// NewList returns a List node holding items.
func NewList(items ...*Node) *Node { return &Node{Kind: List, Items: items} }

// NewMap returns an empty Map node.
func NewMap() *Node { return &Node{Kind: Map} }

// Set sets member key of a Map node, replacing an existing member in place
// or appending a new one, and returns n for chaining.
func (n *Node) Set(key string, v *Node) *Node {
	for i := range n.Fields {
		if n.Fields[i].Key == key {
			n.Fields[i].Value = v
			return n
		}
	}
	n.Fields = append(n.Fields, Field{Key: key, Value: v})
	return n
}

// FromGo converts a value made of map[string]any, []any, string, bool,
// float64, int, int64, json.Number-like strings and nil into a Node. Map
// members are sorted by key so the result is deterministic.
func FromGo(v any) (*Node, error) {
	switch x := v.(type) {
	case nil:
		return NewNull(), nil
	case string:
		return NewString(x), nil
	case bool:
		return NewBool(x), nil
	case int:
		return NewInt(int64(x)), nil
	case int64:
		return NewInt(x), nil
	case int32:
		return NewInt(int64(x)), nil
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return NewInt(int64(x)), nil
		}
		return NewFloat(x), nil
	case []any:
		l := &Node{Kind: List, Items: make([]*Node, 0, len(x))}
		for i, it := range x {
			c, err := FromGo(it)
			if err != nil {
				return nil, fmt.Errorf("item %d: %w", i, err)
			}
			l.Items = append(l.Items, c)
		}
		return l, nil
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		m := &Node{Kind: Map, Fields: make([]Field, 0, len(x))}
		for _, k := range keys {
			c, err := FromGo(x[k])
			if err != nil {
				return nil, fmt.Errorf("member %q: %w", k, err)
			}
			m.Fields = append(m.Fields, Field{Key: k, Value: c})
		}
		return m, nil
	}
	return nil, fmt.Errorf("converting %T to an object node: unsupported type", v)
}

// ToGo converts the node to plain Go values (map[string]any, []any, string,
// int64, float64, bool, nil).
func (n *Node) ToGo() any {
	if n == nil {
		return nil
	}
	switch n.Kind {
	case String:
		return n.Str
	case Int:
		return n.Int
	case Float:
		return n.Float
	case Bool:
		return n.Bool
	case Map:
		m := make(map[string]any, len(n.Fields))
		for _, f := range n.Fields {
			m[f.Key] = f.Value.ToGo()
		}
		return m
	case List:
		l := make([]any, len(n.Items))
		for i, it := range n.Items {
			l[i] = it.ToGo()
		}
		return l
	}
	return nil
}

// JSON encodes the node as compact JSON, members in node order.
func (n *Node) JSON() []byte {
	var b strings.Builder
	n.writeJSON(&b)
	return []byte(b.String())
}

func (n *Node) writeJSON(b *strings.Builder) {
	if n == nil {
		b.WriteString("null")
		return
	}
	switch n.Kind {
	case Null:
		b.WriteString("null")
	case String:
		b.WriteString(jsonQuote(n.Str))
	case Int:
		b.WriteString(strconv.FormatInt(n.Int, 10))
	case Float:
		if math.IsInf(n.Float, 0) || math.IsNaN(n.Float) {
			b.WriteString("null")
			return
		}
		b.WriteString(strconv.FormatFloat(n.Float, 'g', -1, 64))
	case Bool:
		b.WriteString(strconv.FormatBool(n.Bool))
	case Map:
		b.WriteByte('{')
		for i, f := range n.Fields {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(jsonQuote(f.Key))
			b.WriteByte(':')
			f.Value.writeJSON(b)
		}
		b.WriteByte('}')
	case List:
		b.WriteByte('[')
		for i, it := range n.Items {
			if i > 0 {
				b.WriteByte(',')
			}
			it.writeJSON(b)
		}
		b.WriteByte(']')
	}
}

// jsonQuote returns s as a JSON string literal.
func jsonQuote(s string) string {
	b, err := json.Marshal(s)
	if err != nil { // cannot happen for a string; keep output valid anyway
		return `""`
	}
	return string(b)
}
