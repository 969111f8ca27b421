package eval

// Type predicates and typeOf.

func isPrim(name string, test func(Value) bool) *PrimOp {
	return &PrimOp{Name: name, Arity: 1, Fn: func(ev *Evaluator, pos Pos, args []Value) (Value, error) {
		v, err := ev.Force(args[0])
		if err != nil {
			return nil, err
		}
		return Bool(test(v)), nil
	}}
}

var typePrimOps = []*PrimOp{
	isPrim("isAttrs", func(v Value) bool { _, ok := v.(*Attrs); return ok }),
	isPrim("isList", func(v Value) bool { _, ok := v.(*List); return ok }),
	isPrim("isFunction", IsFunction),
	isPrim("isString", func(v Value) bool { _, ok := v.(String); return ok }),
	isPrim("isInt", func(v Value) bool { _, ok := v.(Int); return ok }),
	isPrim("isFloat", func(v Value) bool { _, ok := v.(Float); return ok }),
	isPrim("isBool", func(v Value) bool { _, ok := v.(Bool); return ok }),
	isPrim("isPath", func(v Value) bool { _, ok := v.(Path); return ok }),
	isPrim("isNull", func(v Value) bool { _, ok := v.(Null); return ok }),
	{Name: "typeOf", Arity: 1, Fn: func(ev *Evaluator, pos Pos, args []Value) (Value, error) {
		v, err := ev.Force(args[0])
		if err != nil {
			return nil, err
		}
		return String(TypeOf(v)), nil
	}},
}
