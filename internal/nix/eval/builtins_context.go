package eval

// String-context builtins. The evaluator does not track string contexts
// (it never builds derivations), so these are identities or constants
// after checking their argument types as Nix does.

func primUnsafeDiscardStringContext(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ev.CoerceToString(pos, args[0], false)
	if err != nil {
		return nil, err
	}
	return String(s), nil
}

func primStringIdentity(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	return String(s), nil
}

func primHasContext(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	if _, err := ev.ForceString(pos, args[0]); err != nil {
		return nil, err
	}
	return Bool(false), nil
}

func primGetContext(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	if _, err := ev.ForceString(pos, args[0]); err != nil {
		return nil, err
	}
	return &Attrs{}, nil
}

func primAppendContext(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	if _, err := ev.ForceAttrs(pos, args[1]); err != nil {
		return nil, err
	}
	return String(s), nil
}

var contextPrimOps = []*PrimOp{
	{Name: "unsafeDiscardStringContext", Arity: 1, Fn: primUnsafeDiscardStringContext},
	{Name: "unsafeDiscardOutputDependency", Arity: 1, Fn: primStringIdentity},
	{Name: "hasContext", Arity: 1, Fn: primHasContext},
	{Name: "getContext", Arity: 1, Fn: primGetContext},
	{Name: "appendContext", Arity: 2, Fn: primAppendContext},
}
