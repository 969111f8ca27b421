package syntax

import (
	"fmt"
	"strconv"
	"strings"
)

// Dump returns a readable, indented rendering of the tree under n with the
// byte span of every node, for tests and debugging.
func Dump(n Node) string {
	var b strings.Builder
	dump(&b, n, 0)
	return b.String()
}

func dump(b *strings.Builder, n Node, depth int) {
	indent := strings.Repeat("  ", depth)
	if n == nil || isNilNode(n) {
		fmt.Fprintf(b, "%snil\n", indent)
		return
	}
	s, e := n.Span()
	fmt.Fprintf(b, "%s%s [%d,%d)", indent, describeNode(n), s, e)
	b.WriteByte('\n')
	switch n := n.(type) {
	case *String:
		for _, p := range n.Parts {
			if p.Expr == nil {
				fmt.Fprintf(b, "%s  lit %s [%d,%d)\n", indent, strconv.Quote(p.Lit), p.Pos, p.End)
			} else {
				fmt.Fprintf(b, "%s  interp [%d,%d)\n", indent, p.Pos, p.End)
				dump(b, p.Expr, depth+2)
			}
		}
		return
	case *Path:
		for _, p := range n.Parts {
			if p.Expr == nil {
				fmt.Fprintf(b, "%s  lit %s [%d,%d)\n", indent, strconv.Quote(p.Lit), p.Pos, p.End)
			} else {
				fmt.Fprintf(b, "%s  interp [%d,%d)\n", indent, p.Pos, p.End)
				dump(b, p.Expr, depth+2)
			}
		}
		return
	}
	walkChildren(n, func(c Node) bool {
		dump(b, c, depth+1)
		return false
	})
}

func describeNode(n Node) string {
	switch n := n.(type) {
	case *Int:
		return fmt.Sprintf("Int %d", n.Value)
	case *Float:
		return "Float " + strconv.FormatFloat(n.Value, 'g', -1, 64)
	case *String:
		if n.Indented {
			return "String indented"
		}
		return "String"
	case *Path:
		return "Path " + [...]string{"relative", "absolute", "home", "search"}[n.Kind%4]
	case *URI:
		return "URI " + n.Value
	case *Var:
		return "Var " + n.Name
	case *AttrName:
		switch {
		case n.Expr != nil:
			return "AttrName dynamic"
		case n.Quoted:
			return "AttrName " + strconv.Quote(n.Name)
		}
		return "AttrName " + n.Name
	case *Attr:
		return "Attr"
	case *Inherit:
		if n.From != nil {
			return "Inherit from"
		}
		return "Inherit"
	case *AttrSet:
		if n.Rec {
			return "AttrSet rec"
		}
		return "AttrSet"
	case *Let:
		return "Let"
	case *List:
		return "List"
	case *Formal:
		return "Formal " + n.Name
	case *Formals:
		if n.Ellipsis {
			return "Formals ..."
		}
		return "Formals"
	case *Lambda:
		if n.Arg != "" {
			return fmt.Sprintf("Lambda %s@[%d,%d)", n.Arg, n.ArgSpan.Pos, n.ArgSpan.End)
		}
		return "Lambda"
	case *Apply:
		return "Apply"
	case *Select:
		switch {
		case n.Legacy:
			return "Select legacy-let body"
		case n.Default != nil:
			return "Select or"
		}
		return "Select"
	case *HasAttr:
		return "HasAttr"
	case *Unary:
		return "Unary " + n.Op.String()
	case *Binary:
		return fmt.Sprintf("Binary %s @%d", n.Op, n.OpPos)
	case *If:
		return "If"
	case *With:
		return "With"
	case *Assert:
		return "Assert"
	case *BadExpr:
		return "BadExpr"
	}
	return fmt.Sprintf("%T", n)
}
