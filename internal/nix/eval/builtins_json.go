package eval

import "errors"

// toJSON and fromJSON.

func primToJSON(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ToJSON(ev, pos, args[0])
	if err != nil {
		return nil, err
	}
	return String(s), nil
}

func primFromJSON(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	v, err := parseJSON(s)
	if err != nil {
		var je *jsonError
		if errors.As(err, &je) {
			return nil, ev.Errorf(pos, "%s", je.msg)
		}
		return nil, err
	}
	return v, nil
}

var jsonPrimOps = []*PrimOp{
	{Name: "toJSON", Arity: 1, Fn: primToJSON},
	{Name: "fromJSON", Arity: 1, Fn: primFromJSON},
}
