package eval

import (
	"math"
	"os"
	"strconv"
	"strings"
)

// Control-flow, debugging and environment builtins.

func primSeq(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	if _, err := ev.Force(args[0]); err != nil {
		return nil, err
	}
	return args[1], nil
}

func primDeepSeq(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	if _, err := ev.DeepForce(args[0]); err != nil {
		return nil, err
	}
	return args[1], nil
}

func primTryEval(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	v, err := ev.Force(args[0])
	if err != nil {
		if IsKind(err, ErrThrow) || IsKind(err, ErrAssert) {
			return NewAttrs([]Attr{
				{Name: "success", Value: Bool(false)},
				{Name: "value", Value: Bool(false)},
			}), nil
		}
		return nil, err
	}
	return NewAttrs([]Attr{
		{Name: "success", Value: Bool(true)},
		{Name: "value", Value: v},
	}), nil
}

func primTrace(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	v, err := ev.Force(args[0])
	if err != nil {
		return nil, err
	}
	msg := ""
	if s, ok := v.(String); ok {
		msg = string(s)
	} else {
		msg = showShallow(v)
	}
	ev.logLine("trace: " + msg)
	return args[1], nil
}

// primWarn is builtins.warn of later Nix versions (Nix 2.8 does not have
// it): it prints "evaluation warning: MSG" and returns its second argument.
func primWarn(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	msg, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, addFrame(err, pos, "while processing the warning message")
	}
	ev.logLine("evaluation warning: " + msg)
	return args[1], nil
}

func primAddErrorContext(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	v, err := ev.Force(args[1])
	if err != nil {
		msg, cerr := ev.CoerceToString(pos, args[0], false)
		if cerr != nil {
			return nil, cerr
		}
		return nil, addFrame(err, Pos{}, "%s", msg)
	}
	return v, nil
}

func primThrow(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	msg, err := ev.CoerceToString(pos, args[0], false)
	if err != nil {
		return nil, err
	}
	return nil, errKind(ErrThrow, pos, "%s", msg)
}

func primAbort(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	msg, err := ev.CoerceToString(pos, args[0], false)
	if err != nil {
		return nil, err
	}
	return nil, errKind(ErrAbort, pos, "evaluation aborted with the following error message: '%s'", msg)
}

// primGetEnv reads only the variables Options.AllowEnv lists; any other
// name reads as "" (as an unset variable does in Nix), keeping evaluation
// pure by default.
func primGetEnv(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	name, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	if !ev.EnvAllowed(name) {
		return String(""), nil
	}
	return String(os.Getenv(name)), nil
}

// formatFloat prints a float as C++ streams do by default (%g with six
// significant digits), which is how Nix 2.8 prints floats in values and
// JSON.
func formatFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		if math.Signbit(f) {
			return "-nan"
		}
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	return strconv.FormatFloat(f, 'g', 6, 64)
}

// quoteNixString quotes s as Nix prints strings.
func quoteNixString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '$':
			if i+1 < len(s) && s[i+1] == '{' {
				b.WriteString(`\$`)
			} else {
				b.WriteByte('$')
			}
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// showShallow prints a value as Nix 2.8's trace does: without forcing
// anything, showing unevaluated parts as <CODE> and values met a second
// time as «repeated».
func showShallow(v Value) string {
	var b strings.Builder
	seen := map[any]bool{}
	var show func(v Value)
	show = func(v Value) {
		if t, ok := v.(*Thunk); ok {
			if t.State() != ThunkDone {
				b.WriteString("<CODE>")
				return
			}
			v = t.Value
		}
		if writeScalar(&b, v) {
			return
		}
		switch x := v.(type) {
		case String:
			b.WriteString(quoteNixString(string(x)))
		case Path:
			b.WriteString(string(x))
		case *Attrs:
			if seen[x] {
				b.WriteString("«repeated»")
				return
			}
			seen[x] = true
			b.WriteString("{ ")
			for _, e := range x.Entries {
				b.WriteString(e.Name)
				b.WriteString(" = ")
				show(e.Value)
				b.WriteString("; ")
			}
			b.WriteString("}")
		case *List:
			if seen[x] {
				b.WriteString("«repeated»")
				return
			}
			seen[x] = true
			b.WriteString("[ ")
			for _, e := range x.Elems {
				show(e)
				b.WriteString(" ")
			}
			b.WriteString("]")
		case *Lambda:
			b.WriteString("<LAMBDA>")
		case *PrimOp:
			b.WriteString("<PRIMOP>")
		case *PrimOpApp:
			b.WriteString("<PRIMOP-APP>")
		default:
			b.WriteString("<UNKNOWN>")
		}
	}
	show(v)
	return b.String()
}

var controlPrimOps = []*PrimOp{
	{Name: "seq", Arity: 2, Fn: primSeq},
	{Name: "deepSeq", Arity: 2, Fn: primDeepSeq},
	{Name: "tryEval", Arity: 1, Fn: primTryEval},
	{Name: "trace", Arity: 2, Fn: primTrace},
	{Name: "warn", Arity: 2, Fn: primWarn},
	{Name: "addErrorContext", Arity: 2, Fn: primAddErrorContext},
	{Name: "throw", Arity: 1, Fn: primThrow},
	{Name: "abort", Arity: 1, Fn: primAbort},
	{Name: "getEnv", Arity: 1, Fn: primGetEnv},
}
