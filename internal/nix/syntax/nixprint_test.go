package syntax

import (
	"sort"
	"strconv"
	"strings"
)

// nixPrinter renders a tree the way `nix-instantiate --parse` (Nix 2.8)
// prints its parse: fully parenthesised, with Nix's desugarings (`a - b`
// is `(__sub a b)`, nested attribute paths become nested sets, paths are
// made absolute, and so on). It exists to compare our parser with Nix's.
type nixPrinter struct {
	b     strings.Builder
	base  string         // directory that relative paths are resolved against
	home  string         // $HOME for ~/ paths
	order map[string]int // symbol creation order, for let and formals
	// byName orders let bindings and formals by name instead (for
	// comparisons that cannot know Nix's symbol table).
	byName bool
}

func printNix(f *File, base, home string) string {
	return printNixOrder(f, base, home, map[string]int{})
}

// printNixByName is printNix with let bindings and formals sorted by name.
func printNixByName(f *File, base, home string) string {
	p := &nixPrinter{base: base, home: home, order: map[string]int{}, byName: true}
	p.expr(f.Expr)
	return p.b.String()
}

// printNixOrder is printNix with a symbol order shared by several files
// parsed in one Nix process (Nix's symbol table outlives each parse).
func printNixOrder(f *File, base, home string, order map[string]int) string {
	p := &nixPrinter{base: base, home: home, order: order}
	p.collectSymbols(f.Expr)
	p.expr(f.Expr)
	return p.b.String()
}

// collectSymbols approximates the order in which Nix's parser creates
// symbols (roughly the source order; formal names after their defaults,
// lambda arguments after the body).
func (p *nixPrinter) collectSymbols(e Node) {
	add := func(name string) {
		if _, ok := p.order[name]; !ok {
			p.order[name] = len(p.order)
		}
	}
	var visit func(n Node) bool
	visit = func(n Node) bool {
		switch n := n.(type) {
		case *Var:
			add(n.Name)
		case *AttrName:
			if n.Expr == nil {
				add(n.Name)
			}
		case *Formal:
			Walk(n.Default, visit)
			add(n.Name)
			return false
		case *Lambda:
			if n.Formals != nil {
				Walk(n.Formals, visit)
			}
			Walk(n.Body, visit)
			if n.Arg != "" {
				add(n.Arg)
			}
			return false
		}
		return true
	}
	Walk(e, visit)
}

func (p *nixPrinter) w(s string) { p.b.WriteString(s) }

func (p *nixPrinter) str(e Expr) string {
	q := &nixPrinter{base: p.base, home: p.home, order: p.order, byName: p.byName}
	q.expr(e)
	return q.b.String()
}

func showString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"', '\\', '$':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\n':
			b.WriteString("\\n")
		case '\r':
			b.WriteString("\\r")
		case '\t':
			b.WriteString("\\t")
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func printIdent(s string) string {
	if s == "" || s == "if" {
		return showString(s)
	}
	if !isIDStart(s[0]) {
		return showString(s)
	}
	for i := 0; i < len(s); i++ {
		if !isIDChar(s[i]) {
			return showString(s)
		}
	}
	return s
}

func (p *nixPrinter) attrPath(path []*AttrName) string {
	var parts []string
	for _, n := range path {
		if n.Expr != nil {
			parts = append(parts, "\"${"+p.str(n.Expr)+"}\"")
		} else {
			parts = append(parts, printIdent(n.Name))
		}
	}
	return strings.Join(parts, ".")
}

// call returns e as a Nix ExprCall (function and arguments) when Nix
// represents it as one.
func (p *nixPrinter) call(e Expr) (string, []string, bool) {
	switch e := e.(type) {
	case *Apply:
		fn, args, ok := p.call(e.Fn)
		if !ok {
			fn, args = p.str(e.Fn), nil
		}
		return fn, append(args, p.str(e.Arg)), true
	case *Unary:
		if e.Op == OpNeg {
			return "__sub", []string{"0", p.str(e.X)}, true
		}
	case *Binary:
		switch e.Op {
		case OpSub:
			return "__sub", []string{p.str(e.X), p.str(e.Y)}, true
		case OpMul:
			return "__mul", []string{p.str(e.X), p.str(e.Y)}, true
		case OpDiv:
			return "__div", []string{p.str(e.X), p.str(e.Y)}, true
		case OpLess:
			return "__lessThan", []string{p.str(e.X), p.str(e.Y)}, true
		case OpGreater:
			return "__lessThan", []string{p.str(e.Y), p.str(e.X)}, true
		}
	case *Path:
		if e.Kind == PathSearch {
			return "__findFile", []string{"__nixPath", showString(e.Parts[0].Lit)}, true
		}
	}
	return "", nil, false
}

func canonPath(path string) string {
	var out []string
	for _, c := range strings.Split(path, "/") {
		switch c {
		case "", ".":
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		default:
			out = append(out, c)
		}
	}
	return "/" + strings.Join(out, "/")
}

func (p *nixPrinter) parts(parts []StrPart, first string) {
	if first == "" {
		switch {
		case len(parts) == 0:
			p.w(`""`)
			return
		case len(parts) == 1 && parts[0].Expr == nil:
			p.w(showString(parts[0].Lit))
			return
		}
	}
	if p.byName {
		// Fold as reparsing Nix's output would: ((a + b) + c); a single
		// interpolation stands alone.
		var items []string
		if first != "" {
			items = append(items, first)
		}
		for _, part := range parts {
			if part.Expr != nil {
				items = append(items, p.str(part.Expr))
			} else {
				items = append(items, showString(part.Lit))
			}
		}
		acc := items[0]
		for _, it := range items[1:] {
			acc = "(" + acc + " + " + it + ")"
		}
		p.w(acc)
		return
	}
	p.w("(")
	sep := ""
	if first != "" {
		p.w(first)
		sep = " + "
	}
	for _, part := range parts {
		p.w(sep)
		sep = " + "
		if part.Expr != nil {
			p.expr(part.Expr)
		} else {
			p.w(showString(part.Lit))
		}
	}
	p.w(")")
}

// pAttrs is an attribute set as Nix's parser builds it from bindings.
type pAttrs struct {
	rec   bool
	names []string
	defs  map[string]*pDef
	dyn   []pDyn
}

type pDef struct {
	inherited bool
	from      Expr // inherit (from) name
	value     Expr
	set       *pAttrs
}

type pDyn struct {
	name  Expr
	value Expr
	set   *pAttrs
}

func (a *pAttrs) put(name string, d *pDef) {
	if a.defs == nil {
		a.defs = map[string]*pDef{}
	}
	if _, ok := a.defs[name]; !ok {
		a.names = append(a.names, name)
	}
	a.defs[name] = d
}

func buildAttrs(bs []Binding, rec bool) *pAttrs {
	root := &pAttrs{rec: rec}
	for _, b := range bs {
		switch b := b.(type) {
		case *Inherit:
			for _, n := range b.Names {
				root.put(n.Name, &pDef{inherited: b.From == nil, from: b.From})
			}
		case *Attr:
			cur := root
			for _, n := range b.Path[:len(b.Path)-1] {
				if n.Expr != nil {
					nested := &pAttrs{}
					cur.dyn = append(cur.dyn, pDyn{name: n.Expr, set: nested})
					cur = nested
					continue
				}
				if d, ok := cur.defs[n.Name]; ok && d.set != nil {
					cur = d.set
					continue
				}
				nested := &pAttrs{}
				cur.put(n.Name, &pDef{set: nested})
				cur = nested
			}
			last := b.Path[len(b.Path)-1]
			lit, isSet := b.Value.(*AttrSet)
			if last.Expr != nil {
				cur.dyn = append(cur.dyn, pDyn{name: last.Expr, value: b.Value})
				continue
			}
			if d, ok := cur.defs[last.Name]; ok && d.set != nil && isSet {
				src := buildAttrs(lit.Bindings, lit.Rec)
				for _, name := range src.names {
					d.set.put(name, src.defs[name])
				}
				continue
			}
			if isSet {
				cur.put(last.Name, &pDef{set: buildAttrs(lit.Bindings, lit.Rec)})
			} else {
				cur.put(last.Name, &pDef{value: b.Value})
			}
		}
	}
	return root
}

func (p *nixPrinter) def(name string, d *pDef) {
	switch {
	case d.set != nil:
		p.attrs(d.set)
	case d.from != nil:
		p.w("(" + p.str(d.from) + ")." + printIdent(name))
	default:
		p.expr(d.value)
	}
}

func (p *nixPrinter) attrs(a *pAttrs) {
	if a.rec {
		p.w("rec ")
	}
	p.w("{ ")
	names := append([]string(nil), a.names...)
	sort.Strings(names)
	for _, name := range names {
		d := a.defs[name]
		if d.inherited {
			p.w("inherit " + printIdent(name) + " ; ")
			continue
		}
		p.w(printIdent(name) + " = ")
		p.def(name, d)
		p.w("; ")
	}
	for _, d := range a.dyn {
		p.w("\"${" + p.str(d.name) + "}\" = ")
		if d.set != nil {
			p.attrs(d.set)
		} else {
			p.expr(d.value)
		}
		p.w("; ")
	}
	p.w("}")
}

func (p *nixPrinter) byOrder(names []string) {
	if p.byName {
		sort.Strings(names)
		return
	}
	sort.SliceStable(names, func(i, j int) bool {
		oi, ok1 := p.order[names[i]]
		oj, ok2 := p.order[names[j]]
		if !ok1 {
			oi = -1
		}
		if !ok2 {
			oj = -1
		}
		return oi < oj
	})
}

func (p *nixPrinter) expr(e Expr) {
	if fn, args, ok := p.call(e); ok {
		p.w("(" + fn)
		for _, a := range args {
			p.w(" " + a)
		}
		p.w(")")
		return
	}
	switch e := e.(type) {
	case *Int:
		p.w(strconv.FormatInt(e.Value, 10))
	case *Float:
		p.w(strconv.FormatFloat(e.Value, 'g', 6, 64))
	case *String:
		p.parts(e.Parts, "")
	case *Path:
		lit := e.Parts[0].Lit
		var head string
		switch e.Kind {
		case PathHome:
			head = p.home + lit[1:]
		case PathAbsolute:
			head = canonPath(lit)
		default:
			head = canonPath(p.base + "/" + lit)
		}
		if e.Kind != PathHome && strings.HasSuffix(lit, "/") && len(lit) > 1 {
			head += "/"
		}
		if len(e.Parts) == 1 {
			p.w(head)
			return
		}
		p.parts(e.Parts[1:], head)
	case *URI:
		p.w(showString(e.Value))
	case *Var:
		p.w(e.Name)
	case *AttrSet:
		p.attrs(buildAttrs(e.Bindings, e.Rec))
	case *Let:
		a := buildAttrs(e.Bindings, false)
		names := append([]string(nil), a.names...)
		p.byOrder(names)
		p.w("(let ")
		for _, name := range names {
			d := a.defs[name]
			if d.inherited {
				p.w("inherit " + printIdent(name) + "; ")
				continue
			}
			p.w(printIdent(name) + " = ")
			p.def(name, d)
			p.w("; ")
		}
		p.w("in ")
		p.expr(e.Body)
		p.w(")")
	case *List:
		p.w("[ ")
		for _, x := range e.Elems {
			p.w("(")
			p.expr(x)
			p.w(") ")
		}
		p.w("]")
	case *Lambda:
		p.w("(")
		if e.Formals != nil {
			p.w("{ ")
			items := append([]*Formal(nil), e.Formals.Items...)
			sort.SliceStable(items, func(i, j int) bool {
				if p.byName {
					return items[i].Name < items[j].Name
				}
				return p.order[items[i].Name] < p.order[items[j].Name]
			})
			for i, f := range items {
				if i > 0 {
					p.w(", ")
				}
				p.w(f.Name)
				if f.Default != nil {
					p.w(" ? ")
					p.expr(f.Default)
				}
			}
			if e.Formals.Ellipsis {
				if len(items) > 0 {
					p.w(", ")
				}
				p.w("...")
			}
			p.w(" }")
			if e.Arg != "" {
				p.w(" @ ")
			}
		}
		p.w(e.Arg)
		p.w(": ")
		p.expr(e.Body)
		p.w(")")
	case *Select:
		if e.Legacy {
			p.w("(" + p.str(e.Expr) + ").body")
			return
		}
		p.w("(" + p.str(e.Expr) + ")." + p.attrPath(e.Path))
		if e.Default != nil {
			p.w(" or (" + p.str(e.Default) + ")")
		}
	case *HasAttr:
		p.w("((" + p.str(e.Expr) + ") ? " + p.attrPath(e.Path) + ")")
	case *Unary:
		p.w("(! " + p.str(e.X) + ")")
	case *Binary:
		switch e.Op {
		case OpLessEq:
			p.w("(! (__lessThan " + p.str(e.Y) + " " + p.str(e.X) + "))")
		case OpGreaterEq:
			p.w("(! (__lessThan " + p.str(e.X) + " " + p.str(e.Y) + "))")
		default:
			p.w("(" + p.str(e.X) + " " + e.Op.String() + " " + p.str(e.Y) + ")")
		}
	case *If:
		p.w("(if " + p.str(e.Cond) + " then " + p.str(e.Then) + " else " + p.str(e.Else) + ")")
	case *With:
		p.w("(with " + p.str(e.Env) + "; " + p.str(e.Body) + ")")
	case *Assert:
		p.w("assert " + p.str(e.Cond) + "; " + p.str(e.Body))
	case *BadExpr:
		p.w("<bad>")
	default:
		p.w("<?>")
	}
}
