package syntax

// Walk visits n and its descendants in pre-order, children in source
// order. When fn returns false the children of that node are skipped.
// Besides expressions it visits *AttrName, *Attr, *Inherit, *Formals and
// *Formal nodes. Nil nodes are not visited.
func Walk(n Node, fn func(Node) bool) {
	if n == nil || isNilNode(n) {
		return
	}
	if !fn(n) {
		return
	}
	walkChildren(n, fn)
}

func isNilNode(n Node) bool {
	switch n := n.(type) {
	case *AttrName:
		return n == nil
	case *Attr:
		return n == nil
	case *Inherit:
		return n == nil
	case *Formals:
		return n == nil
	case *Formal:
		return n == nil
	case *AttrSet:
		return n == nil
	case *String:
		return n == nil
	case *BadExpr:
		return n == nil
	}
	return false
}

func walkExpr(e Expr, fn func(Node) bool) {
	if e != nil {
		Walk(e, fn)
	}
}

func walkParts(parts []StrPart, fn func(Node) bool) {
	for i := range parts {
		walkExpr(parts[i].Expr, fn)
	}
}

func walkPath(path []*AttrName, fn func(Node) bool) {
	for _, a := range path {
		Walk(a, fn)
	}
}

func walkChildren(n Node, fn func(Node) bool) {
	switch n := n.(type) {
	case *String:
		walkParts(n.Parts, fn)
	case *Path:
		walkParts(n.Parts, fn)
	case *AttrName:
		walkExpr(n.Expr, fn)
	case *Attr:
		walkPath(n.Path, fn)
		walkExpr(n.Value, fn)
	case *Inherit:
		walkExpr(n.From, fn)
		walkPath(n.Names, fn)
	case *AttrSet:
		for _, b := range n.Bindings {
			Walk(b, fn)
		}
	case *Let:
		for _, b := range n.Bindings {
			Walk(b, fn)
		}
		walkExpr(n.Body, fn)
	case *List:
		for _, e := range n.Elems {
			walkExpr(e, fn)
		}
	case *Formal:
		walkExpr(n.Default, fn)
	case *Formals:
		for _, f := range n.Items {
			Walk(f, fn)
		}
	case *Lambda:
		if n.Formals != nil {
			Walk(n.Formals, fn)
		}
		walkExpr(n.Body, fn)
	case *Apply:
		walkExpr(n.Fn, fn)
		walkExpr(n.Arg, fn)
	case *Select:
		if n.Legacy {
			walkExpr(n.Expr, fn)
			return // the implicit `body` name has no source text
		}
		walkExpr(n.Expr, fn)
		walkPath(n.Path, fn)
		walkExpr(n.Default, fn)
	case *HasAttr:
		walkExpr(n.Expr, fn)
		walkPath(n.Path, fn)
	case *Unary:
		walkExpr(n.X, fn)
	case *Binary:
		walkExpr(n.X, fn)
		walkExpr(n.Y, fn)
	case *If:
		walkExpr(n.Cond, fn)
		walkExpr(n.Then, fn)
		walkExpr(n.Else, fn)
	case *With:
		walkExpr(n.Env, fn)
		walkExpr(n.Body, fn)
	case *Assert:
		walkExpr(n.Cond, fn)
		walkExpr(n.Body, fn)
	}
}

// NodeAt returns the nodes enclosing byte offset off, outermost first.
// A node encloses off when start <= off <= end, so a cursor just after an
// identifier is inside it; where two siblings touch at off, the one that
// strictly contains off wins, else the later one. The result is empty
// when off is outside the file's expression.
func NodeAt(f *File, off int) []Node {
	if f == nil || f.Expr == nil {
		return nil
	}
	s, e := f.Expr.Span()
	if off < s || off > e {
		return nil
	}
	path := []Node{f.Expr}
	var kids []Node
	for n := Node(f.Expr); ; {
		kids = kids[:0]
		walkChildren(n, func(c Node) bool {
			kids = append(kids, c)
			return false
		})
		var best Node
		for _, c := range kids {
			s, e := c.Span()
			if s <= off && off < e {
				best = c
				break
			}
			if s <= off && off <= e {
				best = c
			}
		}
		if best == nil {
			return path
		}
		path = append(path, best)
		n = best
	}
}
