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
	slots   []attrEntry
	index   map[string]int32 // kept when recycled; valid when indexed
	indexed bool
	hint    int // the number of entries expected, to size the index
}

type attrEntry struct {
	name   string
	defPos int       // start of the defining binding's path (or inherited name)
	span   Span      // the defining name, for errors reported against it
	set    *attrTree // the value's set, once built
	lit    *AttrSet  // the value when it is a set literal (set built lazily)
	// An implicit set made by a dotted path and not touched since: it
	// holds path[pendingIdx+1:] of the binding pending (built lazily).
	pending    *Attr
	pendingIdx int
}

// isSet reports whether the entry's value is an attribute set.
func (e *attrEntry) isSet() bool { return e.set != nil || e.lit != nil || e.pending != nil }

const attrTreeLinear = 8 // up to this many entries, search linearly

// attrTreeKeepIndex bounds the index a recycled tree keeps: clearing a map
// costs its capacity, so larger ones are dropped rather than cleared.
const attrTreeKeepIndex = 64

// newTree returns an empty tree for about n entries. Trees live only while
// one set or let is checked (checks do not nest), so each check recycles
// the trees of the previous one.
func (p *parser) newTree(n int) *attrTree {
	if p.ntrees == len(p.trees) {
		p.trees = append(p.trees, &attrTree{})
	}
	t := p.trees[p.ntrees]
	p.ntrees++
	t.reset(n)
	return t
}

// reset empties t for about n entries (an upper bound: the index, made
// once there are more than attrTreeLinear entries, is sized for it).
func (t *attrTree) reset(n int) {
	if cap(t.slots) < n {
		t.slots = make([]attrEntry, 0, n)
	} else {
		clear(t.slots)
		t.slots = t.slots[:0]
	}
	if t.index != nil {
		if len(t.index) > attrTreeKeepIndex {
			t.index = nil
		} else {
			clear(t.index)
		}
	}
	t.indexed = false
	t.hint = n
}

// useIndex starts indexing t by a map sized for n entries.
func (t *attrTree) useIndex(n int) {
	if t.index == nil {
		t.index = make(map[string]int32, n)
	}
	t.indexed = true
	for i := range t.slots {
		t.index[t.slots[i].name] = int32(i)
	}
}

func (t *attrTree) get(name string) (*attrEntry, bool) {
	if t.indexed {
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
	if len(t.slots) == cap(t.slots) {
		// Double (append grows large slices by a quarter only, which
		// for a set of thousands of entries copies them many times).
		slots := make([]attrEntry, len(t.slots), max(2*cap(t.slots), attrTreeLinear))
		copy(slots, t.slots)
		t.slots = slots
	}
	t.slots = append(t.slots, e)
	if t.indexed {
		t.index[e.name] = int32(len(t.slots) - 1)
	} else if len(t.slots) > attrTreeLinear {
		t.useIndex(max(t.hint, 2*len(t.slots)))
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

func (p *parser) dupAttr(quiet bool, name string, at Span, prev int) {
	if quiet {
		return
	}
	p.semanticError(at.Pos, at.End, fmt.Sprintf("attribute '%s' already defined at %s", name, p.position(prev)))
}

// checkSet checks the bindings of a set literal. Its tree is not kept: an
// enclosing set that needs it (to extend or merge it) rebuilds it quietly.
func (p *parser) checkSet(s *AttrSet) {
	if mayConflict(s.Bindings) {
		p.ntrees = 0
		p.buildTree(s.Bindings, false)
	}
}

// mayConflict reports whether bindings can define a name twice: a single
// attribute path cannot.
func mayConflict(bs []Binding) bool {
	if len(bs) == 0 {
		return false
	}
	if len(bs) == 1 {
		in, ok := bs[0].(*Inherit)
		return ok && len(in.Names) > 1
	}
	// Every conflict starts with two bindings whose first names are the
	// same static name (dynamic ones are not checked): when a few
	// bindings all start differently, no tree is needed.
	const few = 16
	var names [few]string
	n := 0
	add := func(a *AttrName) bool {
		if a.Expr != nil {
			return true
		}
		if n == few {
			return false
		}
		for _, name := range names[:n] {
			if name == a.Name {
				return false
			}
		}
		names[n] = a.Name
		n++
		return true
	}
	for _, b := range bs {
		switch b := b.(type) {
		case *Attr:
			if len(b.Path) > 0 && !add(b.Path[0]) {
				return true
			}
		case *Inherit:
			for _, a := range b.Names {
				if !add(a) {
					return true
				}
			}
		}
	}
	return false
}

// checkLet checks the bindings of a let.
func (p *parser) checkLet(bs []Binding) {
	for _, b := range bs {
		if a, ok := b.(*Attr); ok && len(a.Path) > 0 && a.Path[0].Expr != nil {
			if _, bad := a.Path[0].Expr.(*BadExpr); !bad {
				p.semanticError(a.Path[0].Pos, a.Path[0].End, "dynamic attributes not allowed in let")
			}
		}
	}
	if mayConflict(bs) {
		p.ntrees = 0
		p.buildTree(bs, false)
	}
}

// buildTree builds the static tree of bindings, reporting duplicates
// unless quiet.
func (p *parser) buildTree(bs []Binding, quiet bool) *attrTree {
	t := p.newTree(len(bs))
	for _, b := range bs {
		switch b := b.(type) {
		case *Attr:
			if len(b.Path) > 0 {
				p.addAttr(t, b, quiet)
			}
		case *Inherit:
			for _, n := range b.Names {
				if n.Expr != nil {
					continue
				}
				if e, ok := t.get(n.Name); ok {
					p.dupAttr(quiet, n.Name, n.Range, e.defPos)
					continue
				}
				t.put(attrEntry{name: n.Name, defPos: n.Pos, span: n.Range})
			}
		}
	}
	return t
}

// subtree returns the tree of an entry whose value is a set, building it
// from the set literal on first use.
func (p *parser) subtree(e *attrEntry) *attrTree {
	if e.set == nil {
		switch {
		case e.lit != nil:
			e.set = p.buildTree(e.lit.Bindings, true)
		case e.pending != nil:
			e.set = p.newTree(0)
			p.addPath(e.set, e.pending, e.pendingIdx+1, true)
		}
	}
	return e.set
}

func (p *parser) addAttr(t *attrTree, a *Attr, quiet bool) {
	p.addPath(t, a, 0, quiet)
}

// addPath adds a.Path[from:] = a.Value to t.
func (p *parser) addPath(t *attrTree, a *Attr, from int, quiet bool) {
	path := a.Path
	pathSpan := Span{path[0].Pos, path[len(path)-1].End}
	cur := t
	for i := from; i < len(path)-1; i++ {
		n := path[i]
		if n.Expr != nil {
			return // dynamic: not checked (and never in a let's first name)
		}
		if e, ok := cur.get(n.Name); ok {
			if !e.isSet() {
				p.dupAttr(quiet, pathString(path), pathSpan, e.defPos)
				return
			}
			cur = p.subtree(e)
			continue
		}
		// A new implicit set: the rest of the path cannot conflict yet.
		cur.put(attrEntry{name: n.Name, defPos: pathSpan.Pos, span: n.Range, pending: a, pendingIdx: i})
		return
	}
	last := path[len(path)-1]
	if last.Expr != nil {
		return
	}
	vs, _ := a.Value.(*AttrSet)
	e, ok := cur.get(last.Name)
	if !ok {
		cur.put(attrEntry{name: last.Name, defPos: pathSpan.Pos, span: last.Range, lit: vs})
		return
	}
	if !e.isSet() || vs == nil {
		p.dupAttr(quiet, pathString(path), pathSpan, e.defPos)
		return
	}
	// Merge the literal's attributes into the existing set, one level deep.
	target := p.subtree(e)
	child := p.buildTree(vs.Bindings, true)
	for _, ce := range child.slots {
		if prev, ok := target.get(ce.name); ok {
			p.dupAttr(quiet, pathString(path)+"."+ce.name, ce.span, prev.defPos)
			continue
		}
		target.put(ce)
	}
}
