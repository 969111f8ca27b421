package eval

import "errors"

// toJSON, fromJSON and fromTOML.

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
	{Name: "fromTOML", Arity: 1, Fn: primFromTOML},
}

func primFromTOML(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	v, err := parseTOML(s)
	if err != nil {
		var te *tomlError
		if errors.As(err, &te) {
			if te.msg == errTOMLDates {
				return nil, ev.Errorf(pos, "while parsing a TOML string: %s", te.msg)
			}
			return nil, ev.Errorf(pos, "while parsing a TOML string: %s\n        --> fromTOML, line %d", te.msg, te.line)
		}
		return nil, err
	}
	return v, nil
}
