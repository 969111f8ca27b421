package eval

import (
	"strconv"
	"strings"
)

// CoerceToString converts v to a string as Nix's coerceToString does.
//
// With coerceMore (builtins.toString) integers, floats, Booleans, null and
// lists are converted too, and paths become their absolute path. Without it
// (string interpolation, string builtins) only strings, paths and sets with
// __toString or outPath are accepted, and a path becomes the store path
// Nix would copy it to (computed, never written).
func (ev *Evaluator) CoerceToString(pos Pos, v Value, coerceMore bool) (string, error) {
	return ev.coerceToString(pos, v, coerceMore, !coerceMore)
}

// CoercePathToString is CoerceToString without copying paths: a path
// coerces to itself (builtins such as toString and the path operators).
func (ev *Evaluator) CoercePathToString(pos Pos, v Value, coerceMore bool) (string, error) {
	return ev.coerceToString(pos, v, coerceMore, false)
}

func (ev *Evaluator) coerceToString(pos Pos, v Value, coerceMore, copyToStore bool) (string, error) {
	if err := ev.enter(pos); err != nil {
		return "", err
	}
	s, err := ev.coerce(pos, v, coerceMore, copyToStore)
	ev.depth--
	return s, err
}

func (ev *Evaluator) coerce(pos Pos, v Value, coerceMore, copyToStore bool) (string, error) {
	v, err := ev.Force(v)
	if err != nil {
		return "", err
	}
	switch x := v.(type) {
	case String:
		return string(x), nil
	case Path:
		if copyToStore {
			return ev.storePathOf(pos, string(x))
		}
		return string(x), nil
	case *Attrs:
		if f, ok := x.Get("__toString"); ok {
			r, err := ev.Call(pos, f.Value, x)
			if err != nil {
				return "", err
			}
			return ev.coerceToString(pos, r, coerceMore, copyToStore)
		}
		if o, ok := x.Get("outPath"); ok {
			return ev.coerceToString(pos, o.Value, coerceMore, copyToStore)
		}
		return "", ev.Errorf(pos, "cannot coerce %s to a string", TypeName(v))
	}
	if coerceMore {
		switch x := v.(type) {
		case Bool:
			if x {
				return "1", nil
			}
			return "", nil
		case Int:
			return strconv.FormatInt(int64(x), 10), nil
		case Float:
			if s, ok := floatSpecial(float64(x)); ok {
				return s, nil
			}
			return strconv.FormatFloat(float64(x), 'f', 6, 64), nil
		case Null:
			return "", nil
		case *List:
			var b strings.Builder
			for i, e := range x.Elems {
				s, err := ev.coerceToString(pos, e, coerceMore, copyToStore)
				if err != nil {
					return "", err
				}
				b.WriteString(s)
				if i < len(x.Elems)-1 {
					fe, _ := ev.Force(e)
					if l, ok := fe.(*List); !ok || len(l.Elems) != 0 {
						b.WriteByte(' ')
					}
				}
			}
			return b.String(), nil
		}
	}
	return "", ev.Errorf(pos, "cannot coerce %s to a string", TypeName(v))
}

// CoerceToPath coerces v to an absolute path, as import and the file
// builtins take their argument: a path, or a string holding an absolute path.
func (ev *Evaluator) CoerceToPath(pos Pos, v Value) (string, error) {
	s, err := ev.coerceToString(pos, v, false, false)
	if err != nil {
		return "", err
	}
	if s == "" || s[0] != '/' {
		return "", ev.Errorf(pos, "string '%s' doesn't represent an absolute path", s)
	}
	return canonPath(s), nil
}
