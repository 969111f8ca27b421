package eval

import (
	"sort"
	"strconv"
	"strings"
)

// builtins.toXML, in the format of Nix 2.8 (strict, without positions).

type xmlWriter struct {
	b      strings.Builder
	indent int
}

func xmlEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '<':
			b.WriteString("&lt;")
		case '&':
			b.WriteString("&amp;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\n':
			b.WriteString("&#xA;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// xmlAttr is one XML attribute; writers pass them sorted by name, as
// Nix's XML writer keeps them in a sorted map.
type xmlAttr struct{ name, value string }

func (w *xmlWriter) tag(name string, attrs []xmlAttr, empty bool) {
	w.b.WriteString(strings.Repeat(" ", w.indent))
	w.b.WriteByte('<')
	w.b.WriteString(name)
	for _, a := range attrs {
		w.b.WriteString(" " + a.name + "=\"" + xmlEscape(a.value) + "\"")
	}
	if empty {
		w.b.WriteString(" />\n")
		return
	}
	w.b.WriteString(">\n")
	w.indent += 2
}

func (w *xmlWriter) open(name string, attrs ...xmlAttr)  { w.tag(name, attrs, false) }
func (w *xmlWriter) empty(name string, attrs ...xmlAttr) { w.tag(name, attrs, true) }

func (w *xmlWriter) close(name string) {
	w.indent -= 2
	w.b.WriteString(strings.Repeat(" ", w.indent) + "</" + name + ">\n")
}

// ToXML renders v as builtins.toXML does.
func ToXML(ev *Evaluator, pos Pos, v Value) (string, error) {
	w := &xmlWriter{}
	w.b.WriteString("<?xml version='1.0' encoding='utf-8'?>\n")
	w.open("expr")
	if err := writeXML(ev, pos, w, v, map[string]bool{}); err != nil {
		return "", err
	}
	w.close("expr")
	return w.b.String(), nil
}

func writeXMLAttrs(ev *Evaluator, pos Pos, w *xmlWriter, a *Attrs, drvs map[string]bool) error {
	for _, e := range a.Entries {
		w.open("attr", xmlAttr{"name", e.Name})
		if err := writeXML(ev, pos, w, e.Value, drvs); err != nil {
			return err
		}
		w.close("attr")
	}
	return nil
}

func writeXML(ev *Evaluator, pos Pos, w *xmlWriter, v Value, drvs map[string]bool) error {
	v, err := ev.Force(v)
	if err != nil {
		return err
	}
	if err := ev.enter(pos); err != nil {
		return err
	}
	defer func() { ev.depth-- }()
	switch x := v.(type) {
	case Null:
		w.empty("null")
	case Bool:
		w.empty("bool", xmlAttr{"value", strconv.FormatBool(bool(x))})
	case Int:
		w.empty("int", xmlAttr{"value", strconv.FormatInt(int64(x), 10)})
	case Float:
		w.empty("float", xmlAttr{"value", formatFloat(float64(x))})
	case String:
		w.empty("string", xmlAttr{"value", string(x)})
	case Path:
		w.empty("path", xmlAttr{"value", string(x)})
	case *List:
		w.open("list")
		for _, e := range x.Elems {
			if err := writeXML(ev, pos, w, e, drvs); err != nil {
				return err
			}
		}
		w.close("list")
	case *Attrs:
		isDrv := false
		if t, ok := x.Get("type"); ok {
			tv, err := ev.Force(t.Value)
			if err != nil {
				return err
			}
			isDrv = tv == String("derivation")
		}
		if !isDrv {
			w.open("attrs")
			if err := writeXMLAttrs(ev, pos, w, x, drvs); err != nil {
				return err
			}
			w.close("attrs")
			return nil
		}
		var attrs []xmlAttr
		drvPath := ""
		for _, name := range []string{"drvPath", "outPath"} {
			a, ok := x.Get(name)
			if !ok {
				continue
			}
			av, err := ev.Force(a.Value)
			if err != nil {
				return err
			}
			if s, ok := av.(String); ok {
				attrs = append(attrs, xmlAttr{name, string(s)})
				if name == "drvPath" {
					drvPath = string(s)
				}
			}
		}
		w.open("derivation", attrs...)
		if drvPath != "" && !drvs[drvPath] {
			drvs[drvPath] = true
			if err := writeXMLAttrs(ev, pos, w, x, drvs); err != nil {
				return err
			}
		} else {
			w.empty("repeated")
		}
		w.close("derivation")
	case *Lambda:
		w.open("function")
		fn := x.Fn
		switch {
		case fn == nil:
		case fn.Formals != nil:
			var attrs []xmlAttr
			if fn.Formals.Ellipsis {
				attrs = append(attrs, xmlAttr{"ellipsis", "1"})
			}
			if fn.Arg != "" {
				attrs = append(attrs, xmlAttr{"name", fn.Arg})
			}
			w.open("attrspat", attrs...)
			names := make([]string, 0, len(fn.Formals.Items))
			for _, f := range fn.Formals.Items {
				names = append(names, f.Name)
			}
			sort.Strings(names)
			for _, n := range names {
				w.empty("attr", xmlAttr{"name", n})
			}
			w.close("attrspat")
		default:
			w.empty("varpat", xmlAttr{"name", fn.Arg})
		}
		w.close("function")
	default:
		w.empty("unevaluated")
	}
	return nil
}

func primToXML(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ToXML(ev, pos, args[0])
	if err != nil {
		return nil, err
	}
	return String(s), nil
}
