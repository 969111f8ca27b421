package eval

import (
	"math"

	"github.com/nix-k8s/nix-k8s/internal/nix/syntax"
)

// Arithmetic, comparison and bit builtins.

// forceBoth forces two arguments in order.
func forceBoth(ev *Evaluator, a, b Value) (Value, Value, error) {
	x, err := ev.Force(a)
	if err != nil {
		return nil, nil, err
	}
	y, err := ev.Force(b)
	if err != nil {
		return nil, nil, err
	}
	return x, y, nil
}

func arithPrim(op syntax.Op) func(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	return func(ev *Evaluator, pos Pos, args []Value) (Value, error) {
		a, b, err := forceBoth(ev, args[0], args[1])
		if err != nil {
			return nil, err
		}
		if op == syntax.OpDiv {
			return ev.div(pos, a, b)
		}
		return ev.arith(pos, op, a, b)
	}
}

func primLessThan(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	a, b, err := forceBoth(ev, args[0], args[1])
	if err != nil {
		return nil, err
	}
	lt, err := ev.Less(pos, a, b)
	if err != nil {
		return nil, err
	}
	return Bool(lt), nil
}

func bitPrim(f func(a, b int64) int64) func(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	return func(ev *Evaluator, pos Pos, args []Value) (Value, error) {
		a, err := ev.ForceInt(pos, args[0])
		if err != nil {
			return nil, err
		}
		b, err := ev.ForceInt(pos, args[1])
		if err != nil {
			return nil, err
		}
		return Int(f(a, b)), nil
	}
}

// floatToInt converts as the C++ cast does on x86-64: values out of range
// (and NaN) become the smallest integer.
func floatToInt(f float64) Int {
	if math.IsNaN(f) || f >= 9223372036854775808.0 || f < -9223372036854775808.0 {
		return Int(math.MinInt64)
	}
	return Int(int64(f))
}

func roundPrim(f func(float64) float64) func(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	return func(ev *Evaluator, pos Pos, args []Value) (Value, error) {
		x, err := ev.ForceFloat(pos, args[0])
		if err != nil {
			return nil, err
		}
		return floatToInt(f(x)), nil
	}
}

var arithPrimOps = []*PrimOp{
	{Name: "add", Arity: 2, Fn: arithPrim(syntax.OpAdd)},
	{Name: "sub", Arity: 2, Fn: arithPrim(syntax.OpSub)},
	{Name: "mul", Arity: 2, Fn: arithPrim(syntax.OpMul)},
	{Name: "div", Arity: 2, Fn: arithPrim(syntax.OpDiv)},
	{Name: "lessThan", Arity: 2, Fn: primLessThan},
	{Name: "bitAnd", Arity: 2, Fn: bitPrim(func(a, b int64) int64 { return a & b })},
	{Name: "bitOr", Arity: 2, Fn: bitPrim(func(a, b int64) int64 { return a | b })},
	{Name: "bitXor", Arity: 2, Fn: bitPrim(func(a, b int64) int64 { return a ^ b })},
	{Name: "ceil", Arity: 1, Fn: roundPrim(math.Ceil)},
	{Name: "floor", Arity: 1, Fn: roundPrim(math.Floor)},
}
