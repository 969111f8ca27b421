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
	evals     int // evaluations by the native evalModules
	nixEvals  int // evaluations (or parts of them) by evalModulesNix
	typeHits  int // types typeCache had made before
}

// nativeLibStats is nativeLib, with the counts of its work.
func nativeLibStats() (*eval.Attrs, *nativeStats) {
	st := &nativeStats{}
	cont := newContainerOp()
	return eval.NewAttrs([]eval.Attr{
		{Name: "containerMerge", Value: cont.op},
		{Name: "evalModules", Value: evalModulesOp(st)},
		{Name: "mergeLevel", Value: mergeLevelOp(st, cont)},
		{Name: "intAtLeast", Value: intAtLeastOp},
		{Name: "intRange", Value: intRangeOp},
		{Name: "nullOrCheck", Value: nullOrCheckOp()},
		{Name: "typeCache", Value: typeCacheOp(st)},
		{Name: "update", Value: updateOp},
	}), st
}

// updateOp is `tag: attrs: attrs // tag' (options.nix's mkOption, given
// its tag).
var updateOp = &eval.PrimOp{Name: "update", Arity: 2, Fn: func(ev *eval.Evaluator, pos eval.Pos, args []eval.Value) (eval.Value, error) {
	attrs, err := ev.ForceAttrs(pos, args[1])
	if err != nil {
		return nil, err
	}
	tag, err := ev.ForceAttrs(pos, args[0])
	if err != nil {
		return nil, err
	}
	return eval.UpdateAttrs(attrs, tag), nil
}}

// LoadBuiltinLib evaluates the built-in lib written to dir (see WriteLib)
// with its Go functions: what `import dir` gives under Nix, computed faster.
func LoadBuiltinLib(ev *eval.Evaluator, dir string) (eval.Value, error) {
	fn, err := ev.EvalFile(filepath.Join(dir, "lib.nix"))
	if err != nil {
		return nil, err
	}
	return ev.Call(eval.Pos{}, fn, nativeLib())
}

// helperCache keeps what a native function built from the set of helpers
// the Nix code passes it first: the same set at every call, so it is read
// once (and again only if another set comes).
type helperCache[H any] struct {
	set *eval.Attrs
	h   H
}

// get returns the helpers built from v (forced) by build.
func (c *helperCache[H]) get(ev *eval.Evaluator, pos eval.Pos, v eval.Value, build func(*eval.Evaluator, *eval.Attrs) (H, error)) (H, error) {
	set, err := ev.ForceAttrs(pos, v)
	if err != nil {
		var zero H
		return zero, err
	}
	if set != c.set {
		h, err := build(ev, set)
		if err != nil {
			var zero H
			return zero, err
		}
		c.set, c.h = set, h
	}
	return c.h, nil
}

// helperField is a helper a native function reads from the set the Nix
// code passes it.
type helperField struct {
	name string
	dst  *eval.Value
}

// readHelpers forces each field's attribute of set into its dst.
func readHelpers(ev *eval.Evaluator, set *eval.Attrs, fn string, fields []helperField) error {
	for _, f := range fields {
		a, ok := set.Get(f.name)
		if !ok {
			return ev.Errorf(eval.Pos{}, "native %s: helper '%s' missing", fn, f.name)
		}
		v, err := ev.Force(a.Value)
		if err != nil {
			return err
		}
		*f.dst = v
	}
	return nil
}

// typeCheck applies a type's check to a forced value: a builtin it knows
// is answered in Go, any other function is called. found is false when the
// type has no check.
func typeCheck(ev *eval.Evaluator, checks map[*eval.PrimOp]func(eval.Value) bool, typ *eval.Attrs, x eval.Value) (good, found bool, err error) {
	ca, ok := typ.Get("check")
	if !ok {
		return false, false, nil
	}
	cf, err := ev.Force(ca.Value)
	if err != nil {
		return false, true, err
	}
	if known := knownCheck(ev, checks, cf); known != nil {
		return known(x), true, nil
	}
	r, err := ev.Call(eval.Pos{}, cf, x)
	if err != nil {
		return false, true, err
	}
	good, err = ev.ForceBool(eval.Pos{}, r)
	return good, true, err
}

// attrOf forces v, an attribute set, and returns its attribute name,
// forced. A missing attribute is reported as one of what's (the native
// function and the value it read), which would be a bug of the lib.
func attrOf(ev *eval.Evaluator, v eval.Value, name, what string) (eval.Value, error) {
	set, err := ev.ForceAttrs(eval.Pos{}, v)
	if err != nil {
		return nil, err
	}
	a, ok := set.Get(name)
	if !ok {
		return nil, ev.Errorf(eval.Pos{}, "%s has no attribute '%s'", what, name)
	}
	return ev.Force(a.Value)
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
	attrsHead   eval.Value // the headError of attrsOf types
	listHead    eval.Value // the headError of listOf types
	unspecified eval.Value // types.unspecified, the type of an option without one
	mergeEqual  eval.Value // options.mergeEqualOption: a single definition is the value
	mergeOne    eval.Value // options.mergeOneOption: a single definition is the value
	defPos      eval.Value // options.defPos
	checks      map[*eval.PrimOp]func(eval.Value) bool
	getAttrPos  eval.Value // builtins.unsafeGetAttrPos
	container   *containerOp
	stats       *nativeStats
}

func newLevelHelpers(ev *eval.Evaluator, set *eval.Attrs) (*levelHelpers, error) {
	h := &levelHelpers{checks: knownChecks(ev)}
	err := readHelpers(ev, set, "mergeLevel", []helperField{
		{"nix", &h.nix}, {"unspecified", &h.unspecified}, {"mergeEqual", &h.mergeEqual}, {"mergeOne", &h.mergeOne},
		{"defPos", &h.defPos}, {"attrsHeadError", &h.attrsHead}, {"listHeadError", &h.listHead},
	})
	if err != nil {
		return nil, err
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
func mergeLevelOp(st *nativeStats, cont *containerOp) *eval.PrimOp {
	var cache helperCache[*levelHelpers]
	build := func(ev *eval.Evaluator, set *eval.Attrs) (*levelHelpers, error) {
		h, err := newLevelHelpers(ev, set)
		if err != nil {
			return nil, err
		}
		h.stats, h.container = st, cont
		return h, nil
	}
	return &eval.PrimOp{Name: "mergeLevel", Arity: 5, Fn: func(ev *eval.Evaluator, pos eval.Pos, args []eval.Value) (eval.Value, error) {
		helpers, err := cache.get(ev, pos, args[0], build)
		if err != nil {
			return nil, err
		}
		st.levels++
		l := &level{ev: ev, h: helpers, prefix: args[1], rel: args[2], decls: args[3], defs: args[4]}
		return l.result(), nil
	}}
}
