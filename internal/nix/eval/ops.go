package eval

import (
	"math"

	"github.com/nix-k8s/nix-k8s/internal/nix/syntax"
)

// arith implements +, -, * and / on numbers as Nix's __add, __sub, __mul
// and __div do: if either operand is a float both are floats, otherwise both
// must be integers.
// Integer arithmetic wraps on overflow, as in Nix 2.8; division by zero and
// the one overflowing division are errors.
func (ev *Evaluator) arith(pos Pos, op syntax.Op, a, b Value) (Value, error) {
	ai, aInt := a.(Int)
	bi, bInt := b.(Int)
	if aInt && bInt {
		switch op {
		case syntax.OpAdd:
			return ai + bi, nil
		case syntax.OpSub:
			return ai - bi, nil
		case syntax.OpMul:
			return ai * bi, nil
		default:
			if bi == 0 {
				return nil, ev.Errorf(pos, "division by zero")
			}
			if ai == math.MinInt64 && bi == -1 {
				return nil, ev.Errorf(pos, "overflow in integer division")
			}
			return ai / bi, nil
		}
	}
	_, aFloat := a.(Float)
	_, bFloat := b.(Float)
	if aFloat || bFloat {
		x, err := ev.ForceFloat(pos, a)
		if err != nil {
			return nil, err
		}
		y, err := ev.ForceFloat(pos, b)
		if err != nil {
			return nil, err
		}
		switch op {
		case syntax.OpAdd:
			return Float(x + y), nil
		case syntax.OpSub:
			return Float(x - y), nil
		case syntax.OpMul:
			return Float(x * y), nil
		default:
			if y == 0 {
				return nil, ev.Errorf(pos, "division by zero")
			}
			return Float(x / y), nil
		}
	}
	if !aInt {
		return nil, ev.Errorf(pos, "value is %s while an integer was expected", TypeName(a))
	}
	return nil, ev.Errorf(pos, "value is %s while an integer was expected", TypeName(b))
}

// div is a / b, as builtins.div (which the operator stands for): the
// divisor is checked first, as a number, then the division is done as
// arith does it.
func (ev *Evaluator) div(pos Pos, a, b Value) (Value, error) {
	d, err := ev.ForceFloat(pos, b)
	if err != nil {
		return nil, err
	}
	if d == 0 {
		return nil, ev.Errorf(pos, "division by zero")
	}
	return ev.arith(pos, syntax.OpDiv, a, b)
}

// Equal compares two values as builtins do (elem, unique, …): like ==, but
// two references to the same value are equal without looking at it, so a
// function is an element of a list holding that same function, as in Nix.
func (ev *Evaluator) Equal(pos Pos, a, b Value) (bool, error) {
	return ev.equal(pos, a, b, true)
}

// equal compares two values as Nix's eqValues does. nested is true for
// list elements and attribute values, where two references to the same
// value are equal without looking at it (so a list holding a function
// equals itself, as in Nix).
func (ev *Evaluator) equal(pos Pos, a, b Value, nested bool) (bool, error) {
	if nested && samePointer(a, b) {
		return true, nil
	}
	var err error
	if a, err = ev.Force(a); err != nil {
		return false, err
	}
	if b, err = ev.Force(b); err != nil {
		return false, err
	}
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return x == y, nil
		case Float:
			return Float(x) == y, nil
		}
		return false, nil
	case Float:
		switch y := b.(type) {
		case Int:
			return x == Float(y), nil
		case Float:
			return x == y, nil
		}
		return false, nil
	case String:
		y, ok := b.(String)
		return ok && x == y, nil
	case Path:
		y, ok := b.(Path)
		return ok && x == y, nil
	case Null:
		_, ok := b.(Null)
		return ok, nil
	case Bool:
		y, ok := b.(Bool)
		return ok && x == y, nil
	case *List:
		y, ok := b.(*List)
		if !ok || len(x.Elems) != len(y.Elems) {
			return false, nil
		}
		if err := ev.enter(pos); err != nil {
			return false, err
		}
		defer func() { ev.depth-- }()
		for i := range x.Elems {
			eq, err := ev.equal(pos, x.Elems[i], y.Elems[i], true)
			if err != nil || !eq {
				return false, err
			}
		}
		return true, nil
	case *Attrs:
		y, ok := b.(*Attrs)
		if !ok {
			return false, nil
		}
		if x == y && nested {
			return true, nil
		}
		if err := ev.enter(pos); err != nil {
			return false, err
		}
		defer func() { ev.depth-- }()
		// Derivations compare by output path.
		if isDerivation(ev, x) && isDerivation(ev, y) {
			xo, xok := x.Get("outPath")
			yo, yok := y.Get("outPath")
			if xok && yok {
				return ev.equal(pos, xo.Value, yo.Value, true)
			}
		}
		if len(x.Entries) != len(y.Entries) {
			return false, nil
		}
		for i := range x.Entries {
			if x.Entries[i].Name != y.Entries[i].Name {
				return false, nil
			}
		}
		for i := range x.Entries {
			eq, err := ev.equal(pos, x.Entries[i].Value, y.Entries[i].Value, true)
			if err != nil || !eq {
				return false, err
			}
		}
		return true, nil
	}
	// Functions are never equal.
	return false, nil
}

func samePointer(a, b Value) bool {
	switch x := a.(type) {
	case *Thunk:
		y, ok := b.(*Thunk)
		return ok && x == y
	case *Lambda:
		y, ok := b.(*Lambda)
		return ok && x == y
	case *Attrs:
		y, ok := b.(*Attrs)
		return ok && x == y
	case *List:
		y, ok := b.(*List)
		return ok && x == y
	case *PrimOp:
		y, ok := b.(*PrimOp)
		return ok && x == y
	case *PrimOpApp:
		y, ok := b.(*PrimOpApp)
		return ok && x == y
	}
	return false
}

func isDerivation(ev *Evaluator, a *Attrs) bool {
	t, ok := a.Get("type")
	if !ok {
		return false
	}
	v, err := ev.Force(t.Value)
	if err != nil {
		return false
	}
	s, ok := v.(String)
	return ok && s == "derivation"
}

// Less implements <: numbers, strings, paths and lists (lexicographically).
func (ev *Evaluator) Less(pos Pos, a, b Value) (bool, error) {
	var err error
	if a, err = ev.Force(a); err != nil {
		return false, err
	}
	if b, err = ev.Force(b); err != nil {
		return false, err
	}
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return x < y, nil
		case Float:
			return Float(x) < y, nil
		}
	case Float:
		switch y := b.(type) {
		case Int:
			return x < Float(y), nil
		case Float:
			return x < y, nil
		}
	case String:
		if y, ok := b.(String); ok {
			return x < y, nil
		}
	case Path:
		if y, ok := b.(Path); ok {
			return x < y, nil
		}
	case *List:
		if y, ok := b.(*List); ok {
			if err := ev.enter(pos); err != nil {
				return false, err
			}
			defer func() { ev.depth-- }()
			for i := 0; ; i++ {
				if i == len(y.Elems) {
					return false, nil
				}
				if i == len(x.Elems) {
					return true, nil
				}
				eq, err := ev.equal(pos, x.Elems[i], y.Elems[i], true)
				if err != nil {
					return false, err
				}
				if !eq {
					return ev.Less(pos, x.Elems[i], y.Elems[i])
				}
			}
		}
	}
	return false, ev.Errorf(pos, "cannot compare %s with %s", TypeName(a), TypeName(b))
}

// update implements //: the right operand's attributes win.
func (ev *Evaluator) update(pos Pos, a, b Value) (Value, error) {
	x, err := ev.ForceAttrs(pos, a)
	if err != nil {
		return nil, err
	}
	y, err := ev.ForceAttrs(pos, b)
	if err != nil {
		return nil, err
	}
	return UpdateAttrs(x, y), nil
}

// UpdateAttrs returns x // y.
func UpdateAttrs(x, y *Attrs) *Attrs {
	if len(y.Entries) == 0 {
		return x
	}
	if len(x.Entries) == 0 {
		return y
	}
	xs, ys := x.Entries, y.Entries
	// Count the names the two sides share, so the result is allocated
	// at its size, in one piece when small (newAttrsN).
	shared := 0
	for i, j := 0, 0; i < len(xs) && j < len(ys); {
		switch {
		case xs[i].Name < ys[j].Name:
			i++
		case xs[i].Name > ys[j].Name:
			j++
		default:
			shared++
			i++
			j++
		}
	}
	set := newAttrsN(len(xs) + len(ys) - shared)
	out := set.Entries[:0]
	i, j := 0, 0
	for i < len(xs) && j < len(ys) {
		switch {
		case xs[i].Name < ys[j].Name:
			out = append(out, xs[i])
			i++
		case xs[i].Name > ys[j].Name:
			out = append(out, ys[j])
			j++
		default:
			out = append(out, ys[j])
			i++
			j++
		}
	}
	out = append(out, xs[i:]...)
	out = append(out, ys[j:]...)
	set.Entries = out
	return set
}

func (ev *Evaluator) concatLists(pos Pos, a, b Value) (Value, error) {
	x, err := ev.ForceList(pos, a)
	if err != nil {
		return nil, err
	}
	y, err := ev.ForceList(pos, b)
	if err != nil {
		return nil, err
	}
	if len(x.Elems) == 0 {
		return y, nil
	}
	if len(y.Elems) == 0 {
		return x, nil
	}
	out := make([]Value, len(x.Elems)+len(y.Elems))
	copy(out, x.Elems)
	copy(out[len(x.Elems):], y.Elems)
	return &List{Elems: out}, nil
}
