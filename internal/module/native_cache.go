package module

import (
	"strconv"
	"strings"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// typeCache is types.nix's cachedType (ctor arg): ctor arg, made once per
// constructor and argument. A module function called for every attribute
// of a submodule builds the same types each time (`types.attrsOf
// types.str`); each is an attribute set of some twenty attributes, most of
// what such a call costs.
//
// A type is a pure function of its argument, so the type made before for
// the same argument is the type this call makes. The argument is the
// same when it is the same value: a type (the same attribute set), or for
// enum a list of the same strings, integers or Booleans, already
// evaluated. To see which it is, the argument is forced here rather than
// when the type first needs it; if forcing it fails, the type is made
// from it as it is, and the failure comes when the Nix code would meet it.
//
// The one difference Nix code can see: `==` compares attribute sets
// holding functions by identity, so two types made by the same
// constructor from the same argument are equal here and not under Nix.
type typeCache struct {
	types map[typeKey]eval.Value
	stats *nativeStats
}

// typeKey is a constructor and its argument: a value (a type's attribute
// set) or the text of an enum's values.
type typeKey struct {
	ctor eval.Value
	arg  eval.Value
	text string
}

// typeCacheMax bounds the types kept: a type made from an argument that
// is new at every call (a submodule made in a module function) never
// comes again, and the cache stops growing there.
const typeCacheMax = 1024

func typeCacheOp(st *nativeStats) *eval.PrimOp {
	c := &typeCache{types: map[typeKey]eval.Value{}, stats: st}
	return &eval.PrimOp{Name: "typeCache", Arity: 2, Fn: c.call}
}

func (c *typeCache) call(ev *eval.Evaluator, pos eval.Pos, args []eval.Value) (eval.Value, error) {
	ctor, err := ev.Force(args[0])
	if err != nil {
		return nil, err
	}
	key, ok, err := cacheKey(ev, ctor, args[1])
	if err != nil {
		return nil, err
	}
	if ok {
		if t, hit := c.types[key]; hit {
			c.stats.typeHits++
			return t, nil
		}
	}
	t, err := ev.Call(pos, ctor, args[1])
	if err != nil {
		return nil, err
	}
	if ok && len(c.types) < typeCacheMax {
		c.types[key] = t
	}
	return t, nil
}

// cacheKey returns the key of ctor applied to arg; ok is false when arg is
// not something the cache keys on. The error is one that must end the
// evaluation (see fatal); others leave the argument to the constructor.
func cacheKey(ev *eval.Evaluator, ctor, arg eval.Value) (typeKey, bool, error) {
	v, err := ev.Force(arg)
	if err != nil {
		if fatal(err) {
			return typeKey{}, false, err
		}
		return typeKey{}, false, nil
	}
	switch x := v.(type) {
	case *eval.Attrs:
		return typeKey{ctor: ctor, arg: x}, true, nil
	case *eval.List:
		var b strings.Builder
		for _, e := range x.Elems {
			switch e := e.(type) {
			case eval.String:
				b.WriteString("s")
				b.WriteString(strconv.Quote(string(e)))
			case eval.Int:
				b.WriteString("i")
				b.WriteString(strconv.FormatInt(int64(e), 10))
			case eval.Bool:
				b.WriteString("b")
				b.WriteString(strconv.FormatBool(bool(e)))
			default: // a delayed element, or another kind of value
				return typeKey{}, false, nil
			}
			b.WriteByte(',')
		}
		return typeKey{ctor: ctor, text: b.String()}, true, nil
	}
	return typeKey{}, false, nil
}
