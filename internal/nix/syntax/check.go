package syntax

import (
	"fmt"
	"strings"
)

// Duplicate attribute checks, as Nix performs them while parsing: a static
// attribute may be defined once; `a.b = …` creates (or extends) a nested
// set `a`, and a nested attribute set literal `a = { … }` may be extended
// by dotted definitions or merged with another literal, one level deep.
// Dynamic names are not checked.

// attrTree is the static view of one attribute set (or let) being built:
// its entries in insertion order, indexed by a map once there are many.
type attrTree struct {
	slots []attrEntry
	index map[string]int32
}

type attrEntry struct {
	name   string
	defPos int       // start of the defining binding's path (or inherited name)
	span   Span      // the defining name, for errors reported against it
	set    *attrTree // non-nil when the value is an attribute set
}

const attrTreeLinear = 8 // up to this many entries, search linearly

func (t *attrTree) get(name string) (*attrEntry, bool) {
	if t.index != nil {
		if i, ok := t.index[name]; ok {
			return &t.slots[i], true
		}
		return nil, false
	}
	for i := range t.slots {
		if t.slots[i].name == name {
			return &t.slots[i], true
		}
	}
	return nil, false
}

func (t *attrTree) put(e attrEntry) {
	t.slots = append(t.slots, e)
	if t.index != nil {
		t.index[e.name] = int32(len(t.slots) - 1)
	} else if len(t.slots) > attrTreeLinear {
		t.index = make(map[string]int32, 2*len(t.slots))
		for i := range t.slots {
			t.index[t.slots[i].name] = int32(i)
		}
	}
}

func (p *parser) position(off int) string {
	l, c := p.file.Lines.Position(off)
	return fmt.Sprintf("%s:%d:%d", p.name, l, c)
}

func pathString(path []*AttrName) string {
	var b strings.Builder
	for i, n := range path {
		if i > 0 {
			b.WriteByte('.')
		}
		if n.Expr != nil {
			b.WriteString("${…}")
		} else {
			b.WriteString(n.Name)
		}
	}
	return b.String()
}

func (p *parser) dupAttr(name string, at Span, prev int) {
	p.semanticError(at.Pos, at.End, fmt.Sprintf("attribute '%s' already defined at %s", name, p.position(prev)))
}

// checkSet checks the bindings of a set literal and remembers its tree so
// that an enclosing set can merge it.
func (p *parser) checkSet(s *AttrSet) {
	t := p.checkBindings(s.Bindings, false)
	if p.sets == nil {
		p.sets = make(map[*AttrSet]*attrTree)
	}
	p.sets[s] = t
}

func (p *parser) checkBindings(bs []Binding, isLet bool) *attrTree {
	t := &attrTree{}
	if len(bs) > attrTreeLinear {
		t.slots = make([]attrEntry, 0, len(bs))
		t.index = make(map[string]int32, len(bs))
	}
	for _, b := range bs {
		switch b := b.(type) {
		case *Attr:
			if len(b.Path) == 0 {
				continue
			}
			if isLet && b.Path[0].Expr != nil {
				if _, bad := b.Path[0].Expr.(*BadExpr); !bad {
					p.semanticError(b.Path[0].Pos, b.Path[0].End, "dynamic attributes not allowed in let")
				}
				continue
			}
			p.addAttr(t, b)
		case *Inherit:
			for _, n := range b.Names {
				if n.Expr != nil {
					continue
				}
				if e, ok := t.get(n.Name); ok {
					p.dupAttr(n.Name, n.Range, e.defPos)
					continue
				}
				t.put(attrEntry{name: n.Name, defPos: n.Pos, span: n.Range})
			}
		}
	}
	return t
}

func (p *parser) addAttr(t *attrTree, a *Attr) {
	path := a.Path
	pathSpan := Span{path[0].Pos, path[len(path)-1].End}
	cur := t
	for _, n := range path[:len(path)-1] {
		if n.Expr != nil {
			return
		}
		if e, ok := cur.get(n.Name); ok {
			if e.set == nil {
				p.dupAttr(pathString(path), pathSpan, e.defPos)
				return
			}
			cur = e.set
			continue
		}
		nested := &attrTree{}
		cur.put(attrEntry{name: n.Name, defPos: pathSpan.Pos, span: n.Range, set: nested})
		cur = nested
	}
	last := path[len(path)-1]
	if last.Expr != nil {
		return
	}
	vs, _ := a.Value.(*AttrSet)
	e, ok := cur.get(last.Name)
	if !ok {
		ne := attrEntry{name: last.Name, defPos: pathSpan.Pos, span: last.Range}
		if vs != nil {
			ne.set = p.sets[vs]
			if ne.set == nil {
				ne.set = &attrTree{}
			}
		}
		cur.put(ne)
		return
	}
	if e.set == nil || vs == nil {
		p.dupAttr(pathString(path), pathSpan, e.defPos)
		return
	}
	// Merge the literal's attributes into the existing set, one level deep.
	child := p.sets[vs]
	if child == nil {
		return
	}
	prefix := pathString(path) + "."
	target := e.set
	for _, ce := range child.slots {
		if prev, ok := target.get(ce.name); ok {
			p.dupAttr(prefix+ce.name, ce.span, prev.defPos)
			continue
		}
		target.put(ce)
	}
}
