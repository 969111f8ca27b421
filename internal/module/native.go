package module

import (
	"path/filepath"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// The built-in lib's module engine is written in Nix (nixlib/), so that the
// same files run under real Nix. When nix-k8s evaluates it, the lib is built
// with `native`, a set of Go functions that compute what the Nix functions
// compute, faster, for the common shapes of input (nixlib/lib.nix). Each one
// receives the Nix function it stands for and falls back to it for anything
// it does not handle, and whenever its own work fails: errors, their wording
// and their positions always come from the Nix code.
//
// nativeLib returns that set. Its functions are pure; the state they keep
// (one record per option-tree level) belongs to the values they return.
func nativeLib() *eval.Attrs {
	set, _ := nativeLibStats()
	return set
}

// nativeStats counts what the native functions handed to the Nix code.
type nativeStats struct {
	levels    int // levels merged by the native mergeLevel
	nixLevels int // levels (or parts of them) computed by the Nix mergeLevel
}

// nativeLibStats is nativeLib, with the counts of its work.
func nativeLibStats() (*eval.Attrs, *nativeStats) {
	st := &nativeStats{}
	return eval.NewAttrs([]eval.Attr{
		{Name: "containerMerge", Value: containerMergeOp()},
		{Name: "mergeLevel", Value: mergeLevelOp(st)},
	}), st
}

// LoadBuiltinLib evaluates the built-in lib written to dir (see WriteLib)
// with its Go functions: what `import dir` gives under Nix, computed faster.
func LoadBuiltinLib(ev *eval.Evaluator, dir string) (eval.Value, error) {
	fn, err := ev.EvalFile(filepath.Join(dir, "lib.nix"))
	if err != nil {
		return nil, err
	}
	return ev.Call(eval.Pos{}, fn, nativeLib())
}

// fatal reports whether err must end the evaluation instead of being handed
// to the Nix fallback: cancellation and the evaluator's limits.
func fatal(err error) bool {
	return eval.IsKind(err, eval.ErrCancelled) || eval.IsKind(err, eval.ErrLimit) || eval.IsKind(err, eval.ErrStackOverflow)
}

// levelHelpers are the Nix values mergeLevel falls back to or compares
// with, from the set modules.nix passes as its first argument.
type levelHelpers struct {
	nix         eval.Value // the Nix mergeLevel (prefix rel decls defs)
	unspecified eval.Value // types.unspecified, the type of an option without one
	mergeEqual  eval.Value // options.mergeEqualOption: a single definition is the value
	defPos      eval.Value // options.defPos
	checks      map[*eval.PrimOp]func(eval.Value) bool
	getAttrPos  eval.Value // builtins.unsafeGetAttrPos
	stats       *nativeStats
}

func newLevelHelpers(ev *eval.Evaluator, set *eval.Attrs) (*levelHelpers, error) {
	h := &levelHelpers{checks: map[*eval.PrimOp]func(eval.Value) bool{}}
	for _, f := range []struct {
		name string
		dst  *eval.Value
	}{{"nix", &h.nix}, {"unspecified", &h.unspecified}, {"mergeEqual", &h.mergeEqual}, {"defPos", &h.defPos}} {
		a, ok := set.Get(f.name)
		if !ok {
			return nil, ev.Errorf(eval.Pos{}, "native mergeLevel: helper '%s' missing", f.name)
		}
		v, err := ev.Force(a.Value)
		if err != nil {
			return nil, err
		}
		*f.dst = v
	}
	for name, fn := range map[string]func(eval.Value) bool{
		"isString": func(v eval.Value) bool { _, ok := v.(eval.String); return ok },
		"isInt":    func(v eval.Value) bool { _, ok := v.(eval.Int); return ok },
		"isBool":   func(v eval.Value) bool { _, ok := v.(eval.Bool); return ok },
		"isAttrs":  func(v eval.Value) bool { _, ok := v.(*eval.Attrs); return ok },
		"isList":   func(v eval.Value) bool { _, ok := v.(*eval.List); return ok },
	} {
		if op, ok := ev.PrimOpByName(name); ok {
			h.checks[op] = fn
		}
	}
	op, ok := ev.PrimOpByName("unsafeGetAttrPos")
	if !ok {
		return nil, ev.Errorf(eval.Pos{}, "native mergeLevel: builtins.unsafeGetAttrPos missing")
	}
	h.getAttrPos = op
	return h, nil
}

// mergeLevelOp returns modules.nix's mergeLevel (helpers prefix rel decls
// defs). Called with its helpers first, it returns { config, options,
// unmatched } at once; the work happens when they are read, as in the Nix
// version. The helpers are read once: modules.nix passes the same set to
// every call.
func mergeLevelOp(st *nativeStats) *eval.PrimOp {
	var (
		helperSet *eval.Attrs
		helpers   *levelHelpers
	)
	return &eval.PrimOp{Name: "mergeLevel", Arity: 5, Fn: func(ev *eval.Evaluator, pos eval.Pos, args []eval.Value) (eval.Value, error) {
		hs, err := ev.ForceAttrs(pos, args[0])
		if err != nil {
			return nil, err
		}
		if hs != helperSet {
			h, err := newLevelHelpers(ev, hs)
			if err != nil {
				return nil, err
			}
			h.stats = st
			helperSet, helpers = hs, h
		}
		st.levels++
		l := &level{ev: ev, h: helpers, prefix: args[1], rel: args[2], decls: args[3], defs: args[4]}
		return l.result(), nil
	}}
}
