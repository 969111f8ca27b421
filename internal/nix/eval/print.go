package eval

import (
	"math"
	"strconv"
	"strings"

	"github.com/nix-k8s/nix-k8s/internal/nix/syntax"
)

// Print forces v deeply and prints it as `nix-instantiate --eval --strict`
// does (without the trailing newline).
func Print(ev *Evaluator, v Value) (string, error) {
	fv, err := ev.DeepForce(v)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	p := printer{b: &b, seen: map[any]bool{}}
	p.value(fv)
	return b.String(), nil
}

type printer struct {
	b    *strings.Builder
	seen map[any]bool
}

// Like Nix 2.8, the printer prints a non-empty set or list it has already
// printed (the same one, not an equal one) as «repeated».
func (p *printer) repeated(id any) bool {
	if p.seen[id] {
		p.b.WriteString("«repeated»")
		return true
	}
	p.seen[id] = true
	return false
}

func (p *printer) value(v Value) {
	if t, ok := v.(*Thunk); ok {
		if t.State() != ThunkDone {
			p.b.WriteString("<CODE>")
			return
		}
		v = t.Value
	}
	switch x := v.(type) {
	case Null:
		p.b.WriteString("null")
	case Bool:
		if x {
			p.b.WriteString("true")
		} else {
			p.b.WriteString("false")
		}
	case Int:
		var buf [24]byte
		p.b.Write(strconv.AppendInt(buf[:0], int64(x), 10))
	case Float:
		p.b.WriteString(FormatFloat(float64(x)))
	case String:
		writeQuoted(p.b, string(x))
	case Path:
		p.b.WriteString(string(x))
	case *Attrs:
		if len(x.Entries) > 0 && p.repeated(x) {
			return
		}
		p.b.WriteString("{ ")
		for _, a := range x.Entries {
			if printsBare(a.Name) {
				p.b.WriteString(a.Name)
			} else {
				writeQuoted(p.b, a.Name)
			}
			p.b.WriteString(" = ")
			p.value(a.Value)
			p.b.WriteString("; ")
		}
		p.b.WriteString("}")
	case *List:
		if len(x.Elems) > 0 && p.repeated(x) {
			return
		}
		p.b.WriteString("[ ")
		for _, e := range x.Elems {
			p.value(e)
			p.b.WriteString(" ")
		}
		p.b.WriteString("]")
	case *Lambda:
		p.b.WriteString("<LAMBDA>")
	case *PrimOp:
		p.b.WriteString("<PRIMOP>")
	case *PrimOpApp:
		p.b.WriteString("<PRIMOP-APP>")
	default:
		p.b.WriteString("<UNKNOWN>")
	}
}

// FormatFloat prints a float as Nix 2.8 does (C++ stream defaults: six
// significant digits, %g style).
func FormatFloat(f float64) string {
	if s, ok := floatSpecial(f); ok {
		return s
	}
	return strconv.FormatFloat(f, 'g', 6, 64)
}

// floatSpecial spells infinities and NaNs as C's printf does ("inf",
// "-inf", "nan", "-nan").
func floatSpecial(f float64) (string, bool) {
	switch {
	case math.IsInf(f, 1):
		return "inf", true
	case math.IsInf(f, -1):
		return "-inf", true
	case math.IsNaN(f):
		if math.Signbit(f) {
			return "-nan", true
		}
		return "nan", true
	}
	return "", false
}

// QuoteString quotes s as a Nix string literal.
func QuoteString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	writeQuoted(&b, s)
	return b.String()
}

func writeQuoted(b *strings.Builder, s string) {
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '"':
			esc = `\"`
		case '\\':
			esc = `\\`
		case '\n':
			esc = `\n`
		case '\r':
			esc = `\r`
		case '\t':
			esc = `\t`
		case '$':
			if i+1 < len(s) && s[i+1] == '{' {
				esc = `\$`
			}
		}
		if esc != "" {
			b.WriteString(s[start:i])
			b.WriteString(esc)
			start = i + 1
		}
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

// QuoteAttrName prints an attribute name, quoted unless it is an identifier.
func QuoteAttrName(s string) string {
	if printsBare(s) {
		return s
	}
	return QuoteString(s)
}

// printsBare reports whether Nix 2.8 prints an attribute name unquoted:
// identifiers, except the keyword "if" (the only keyword it quotes).
func printsBare(s string) bool { return s != "if" && isIdent(s) }

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
		if i == 0 {
			if !letter {
				return false
			}
			continue
		}
		if !letter && !(c >= '0' && c <= '9') && c != '\'' && c != '-' {
			return false
		}
	}
	return true
}

// showExpr prints an expression as Nix 2.8 shows it in assertion messages:
// operators fully parenthesised, -, *, /, < and friends as the builtin calls
// Nix desugars them to.
func showExpr(e syntax.Expr) string {
	var b strings.Builder
	show(&b, e, 0)
	return b.String()
}

func show(b *strings.Builder, e syntax.Expr, depth int) {
	if depth > 100 {
		b.WriteString("…")
		return
	}
	d := depth + 1
	switch x := e.(type) {
	case *syntax.Int:
		b.WriteString(strconv.FormatInt(x.Value, 10))
	case *syntax.Float:
		b.WriteString(FormatFloat(x.Value))
	case *syntax.String:
		if len(x.Parts) == 1 && x.Parts[0].Expr == nil || len(x.Parts) == 0 {
			lit := ""
			if len(x.Parts) == 1 {
				lit = x.Parts[0].Lit
			}
			b.WriteString(QuoteString(lit))
			return
		}
		b.WriteString("(")
		for i, p := range x.Parts {
			if i > 0 {
				b.WriteString(" + ")
			}
			if p.Expr == nil {
				b.WriteString(QuoteString(p.Lit))
			} else {
				show(b, p.Expr, d)
			}
		}
		b.WriteString(")")
	case *syntax.Path:
		for _, p := range x.Parts {
			if p.Expr == nil {
				b.WriteString(p.Lit)
			} else {
				b.WriteString("${")
				show(b, p.Expr, d)
				b.WriteString("}")
			}
		}
	case *syntax.URI:
		b.WriteString(x.Value)
	case *syntax.Var:
		b.WriteString(x.Name)
	case *syntax.Select:
		b.WriteString("(")
		show(b, x.Expr, d)
		b.WriteString(").")
		showPath(b, x.Path, d)
		if x.Default != nil {
			b.WriteString(" or (")
			show(b, x.Default, d)
			b.WriteString(")")
		}
	case *syntax.HasAttr:
		b.WriteString("((")
		show(b, x.Expr, d)
		b.WriteString(") ? ")
		showPath(b, x.Path, d)
		b.WriteString(")")
	case *syntax.Apply:
		fn, args := applySpine(x)
		b.WriteString("(")
		show(b, fn, d)
		for i := len(args) - 1; i >= 0; i-- {
			b.WriteString(" ")
			show(b, args[i], d)
		}
		b.WriteString(")")
	case *syntax.Unary:
		if x.Op == syntax.OpNot {
			b.WriteString("(! ")
			show(b, x.X, d)
			b.WriteString(")")
		} else {
			b.WriteString("(__sub 0 ")
			show(b, x.X, d)
			b.WriteString(")")
		}
	case *syntax.Binary:
		call := func(fn string, l, r syntax.Expr) {
			b.WriteString("(" + fn + " ")
			show(b, l, d)
			b.WriteString(" ")
			show(b, r, d)
			b.WriteString(")")
		}
		switch x.Op {
		case syntax.OpSub:
			call("__sub", x.X, x.Y)
		case syntax.OpMul:
			call("__mul", x.X, x.Y)
		case syntax.OpDiv:
			call("__div", x.X, x.Y)
		case syntax.OpLess:
			call("__lessThan", x.X, x.Y)
		case syntax.OpGreater:
			call("__lessThan", x.Y, x.X)
		case syntax.OpLessEq:
			b.WriteString("(! ")
			call("__lessThan", x.Y, x.X)
			b.WriteString(")")
		case syntax.OpGreaterEq:
			b.WriteString("(! ")
			call("__lessThan", x.X, x.Y)
			b.WriteString(")")
		default:
			b.WriteString("(")
			show(b, x.X, d)
			b.WriteString(" " + x.Op.String() + " ")
			show(b, x.Y, d)
			b.WriteString(")")
		}
	case *syntax.List:
		b.WriteString("[ ")
		for _, el := range x.Elems {
			show(b, el, d)
			b.WriteString(" ")
		}
		b.WriteString("]")
	case *syntax.AttrSet:
		if x.Rec {
			b.WriteString("rec ")
		}
		b.WriteString("{ ")
		showBindings(b, x.Bindings, d)
		b.WriteString("}")
	case *syntax.Let:
		b.WriteString("(let ")
		showBindings(b, x.Bindings, d)
		b.WriteString("in ")
		show(b, x.Body, d)
		b.WriteString(")")
	case *syntax.Lambda:
		b.WriteString("(")
		if x.Formals != nil {
			b.WriteString("{ ")
			for i, f := range x.Formals.Items {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(f.Name)
				if f.Default != nil {
					b.WriteString(" ? ")
					show(b, f.Default, d)
				}
			}
			if x.Formals.Ellipsis {
				if len(x.Formals.Items) > 0 {
					b.WriteString(", ")
				}
				b.WriteString("...")
			}
			b.WriteString(" }")
			if x.Arg != "" {
				b.WriteString(" @ " + x.Arg)
			}
		} else {
			b.WriteString(x.Arg)
		}
		b.WriteString(": ")
		show(b, x.Body, d)
		b.WriteString(")")
	case *syntax.If:
		b.WriteString("(if ")
		show(b, x.Cond, d)
		b.WriteString(" then ")
		show(b, x.Then, d)
		b.WriteString(" else ")
		show(b, x.Else, d)
		b.WriteString(")")
	case *syntax.With:
		b.WriteString("(with ")
		show(b, x.Env, d)
		b.WriteString("; ")
		show(b, x.Body, d)
		b.WriteString(")")
	case *syntax.Assert:
		b.WriteString("assert ")
		show(b, x.Cond, d)
		b.WriteString("; ")
		show(b, x.Body, d)
	default:
		b.WriteString("…")
	}
}

func showPath(b *strings.Builder, path []*syntax.AttrName, d int) {
	for i, an := range path {
		if i > 0 {
			b.WriteString(".")
		}
		if an.Expr != nil {
			b.WriteString("\"${")
			show(b, an.Expr, d)
			b.WriteString("}\"")
		} else {
			b.WriteString(QuoteAttrName(an.Name))
		}
	}
}

func showBindings(b *strings.Builder, bs []syntax.Binding, d int) {
	for _, bd := range bs {
		switch x := bd.(type) {
		case *syntax.Attr:
			showPath(b, x.Path, d)
			b.WriteString(" = ")
			show(b, x.Value, d)
			b.WriteString("; ")
		case *syntax.Inherit:
			b.WriteString("inherit ")
			if x.From != nil {
				b.WriteString("(")
				show(b, x.From, d)
				b.WriteString(") ")
			}
			for _, n := range x.Names {
				b.WriteString(QuoteAttrName(n.Name) + " ")
			}
			b.WriteString("; ")
		}
	}
}
