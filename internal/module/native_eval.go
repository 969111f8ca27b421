package module

import (
	"strconv"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// The native evalModules. modules.nix's evalModulesNix collects the modules
// with genericClosure and a dozen small functions per module, builds the
// declaration and definition lists with more, and checks the result for
// definitions without an option. A submodule runs all of that once per
// attribute value, so it is most of what a large configuration costs.
//
// The Go version does the same work with the same Nix functions at its
// edges: modules are loaded by modules.nix's loadModule (with the same
// arguments, so module functions see what they see under Nix), the class
// check is checkModuleClass, the internal module is internalModuleOf, the
// levels are merged by mergeLevel. It handles the usual case: no `args' or
// `check' argument, no disabledModules, no freeformType, and every
// definition declared. For anything else, and whenever its own work fails,
// the field asked for is evalModulesNix's, computed on the same argument:
// values and errors are the Nix code's.

// evalHelpers are the Nix values the native evalModules uses, from the set
// modules.nix passes as its first argument.
type evalHelpers struct {
	nix            eval.Value // evalModulesNix
	lib            eval.Value
	mergeLevel     eval.Value // prefix rel decls defs
	loadModule     eval.Value // args moduleArgs file key m
	unify          eval.Value // unifyModuleSyntax file key m
	moduleArg      eval.Value // args moduleArgs name: a module function's argument
	notIgnorable   eval.Value // unmatched: those that may not be dropped
	withFreeform   eval.Value // prefix freeformType declaredConfig unmatched
	functionArgs   eval.Value // builtins.functionArgs
	checkClass     eval.Value // class m
	internalModule eval.Value // specialArgs args check extendModules type
	extendModules  eval.Value // evalArgs
	moduleType     eval.Value // modules specialArgs class
	stats          *nativeStats
}

func newEvalHelpers(ev *eval.Evaluator, set *eval.Attrs) (*evalHelpers, error) {
	h := &evalHelpers{}
	err := readHelpers(ev, set, "evalModules", []helperField{
		{"nix", &h.nix}, {"lib", &h.lib}, {"mergeLevel", &h.mergeLevel}, {"loadModule", &h.loadModule},
		{"unifyModuleSyntax", &h.unify}, {"moduleArg", &h.moduleArg},
		{"notIgnorable", &h.notIgnorable}, {"withFreeform", &h.withFreeform},
		{"checkModuleClass", &h.checkClass}, {"internalModule", &h.internalModule},
		{"extendModules", &h.extendModules}, {"type", &h.moduleType},
	})
	if err != nil {
		return nil, err
	}
	op, ok := ev.PrimOpByName("functionArgs")
	if !ok {
		return nil, ev.Errorf(eval.Pos{}, "native evalModules: builtins.functionArgs missing")
	}
	h.functionArgs = op
	return h, nil
}

// evalModulesOp returns modules.nix's evalModules (helpers evalArgs).
func evalModulesOp(st *nativeStats) *eval.PrimOp {
	var cache helperCache[*evalHelpers]
	build := func(ev *eval.Evaluator, set *eval.Attrs) (*evalHelpers, error) {
		h, err := newEvalHelpers(ev, set)
		if err != nil {
			return nil, err
		}
		h.stats = st
		return h, nil
	}
	return &eval.PrimOp{Name: "evalModules", Arity: 2, Fn: func(ev *eval.Evaluator, pos eval.Pos, args []eval.Value) (eval.Value, error) {
		helpers, err := cache.get(ev, pos, args[0], build)
		if err != nil {
			return nil, err
		}
		return newModuleEval(ev, helpers, pos, args[1])
	}}
}

// moduleEval is one native evalModules.
type moduleEval struct {
	ev       *eval.Evaluator
	h        *evalHelpers
	pos      eval.Pos // where evalModules was called
	evalArgs eval.Value

	modules, specialArgs, prefix, class eval.Value

	nixResult *eval.Thunk // evalModulesNix evalArgs, made on first need

	collectState progress
	collected    []*eval.Attrs // the loaded modules, in genericClosure's order

	merged     *eval.Thunk // mergeLevel prefix [ ] decls defs
	config     *eval.Thunk // the configuration the modules see (with _module)
	extend     *eval.Thunk // extendModulesOf evalArgs
	moduleType *eval.Thunk // moduleTypeOf modules specialArgs class

	fixState   progress   // the configuration is computed here (see fixed)
	freeform   eval.Value // _module.freeformType when it is not null, once fixed
	checkState progress   // the result passes the checks of evalModulesNix
}

// evalArgNames are the arguments the native evalModules handles; `args'
// and `check' (and unknown names, an error) go to evalModulesNix.
var evalArgNames = map[string]bool{"modules": true, "specialArgs": true, "prefix": true, "class": true}

func newModuleEval(ev *eval.Evaluator, h *evalHelpers, pos eval.Pos, evalArgs eval.Value) (eval.Value, error) {
	me := &moduleEval{ev: ev, h: h, pos: pos, evalArgs: evalArgs}
	set, err := ev.ForceAttrs(eval.Pos{}, evalArgs)
	if err != nil {
		if fatal(err) {
			return nil, err
		}
		return me.nixWhole()
	}
	if _, ok := set.Get("modules"); !ok {
		return me.nixWhole()
	}
	for _, a := range set.Entries {
		if !evalArgNames[a.Name] {
			return me.nixWhole()
		}
	}
	me.modules = attrOr(set, "modules", nil)
	me.specialArgs = attrOr(set, "specialArgs", &eval.Attrs{})
	me.prefix = attrOr(set, "prefix", &eval.List{})
	me.class = attrOr(set, "class", eval.Null{})
	h.stats.evals++
	return me.result(), nil
}

// attrOr returns set.${name}, or def when set has no such attribute.
func attrOr(set *eval.Attrs, name string, def eval.Value) eval.Value {
	if a, ok := set.Get(name); ok {
		return a.Value
	}
	return def
}

// nixWhole returns evalModulesNix's result for the whole evaluation.
func (me *moduleEval) nixWhole() (eval.Value, error) {
	me.h.stats.nixEvals++
	return me.ev.Call(me.pos, me.h.nix, me.evalArgs)
}

// nixField returns a field of evalModulesNix's result.
func (me *moduleEval) nixField(name string) (eval.Value, error) {
	if me.nixResult == nil {
		me.h.stats.nixEvals++
		me.nixResult = eval.NewLazy(func() (eval.Value, error) {
			return me.ev.Call(me.pos, me.h.nix, me.evalArgs)
		})
	}
	return attrOf(me.ev, me.nixResult, name, "native evalModules: evalModulesNix's result")
}

// orNix returns v, or the field of evalModulesNix's result when v is nil
// or err is not fatal.
func (me *moduleEval) orNix(field string, v eval.Value, err error) (eval.Value, error) {
	if err == nil && v != nil {
		return v, nil
	}
	if err != nil && fatal(err) {
		return nil, err
	}
	return me.nixField(field)
}

// result is what evalModules returns; its fields are computed when read.
func (me *moduleEval) result() *eval.Attrs {
	ev, h := me.ev, me.h
	me.config = eval.NewLazy(me.fixpoint)
	me.extend = eval.NewLazy(func() (eval.Value, error) {
		return ev.Call(eval.Pos{}, h.extendModules, me.evalArgs)
	})
	me.moduleType = eval.NewLazy(func() (eval.Value, error) {
		return ev.Call(eval.Pos{}, h.moduleType, me.modules, me.specialArgs, me.class)
	})
	me.merged = eval.NewLazy(func() (eval.Value, error) {
		decls := eval.NewLazy(me.decls)
		defs := eval.NewLazy(me.defs)
		return ev.Call(eval.Pos{}, h.mergeLevel, me.prefix, &eval.List{}, decls, defs)
	})
	field := func(name string, compute func() (eval.Value, error)) eval.Attr {
		return eval.Attr{Name: name, Value: eval.NewLazy(func() (eval.Value, error) {
			ok, err := me.checked()
			if err != nil || !ok {
				return me.orNix(name, nil, err)
			}
			v, err := compute()
			return me.orNix(name, v, err)
		})}
	}
	return &eval.Attrs{Entries: []eval.Attr{
		{Name: "_module", Value: field("_module", func() (eval.Value, error) {
			return attrOf(ev, me.config, "_module", "native evalModules: config")
		}).Value},
		{Name: "_type", Value: eval.String("configuration")},
		{Name: "class", Value: me.class},
		field("config", me.userConfig),
		{Name: "extendModules", Value: me.extend},
		field("options", func() (eval.Value, error) { return me.mergedField("options") }),
		{Name: "type", Value: me.moduleType},
	}}
}

// mergedField returns a field of the top level's merge.
func (me *moduleEval) mergedField(name string) (eval.Value, error) {
	return attrOf(me.ev, me.merged, name, "native evalModules: mergeLevel's result")
}

// fixpoint is the configuration the modules receive as `config'. When the
// modules were collected natively, it is computed as in evalModulesNix:
// the merged configuration, under which the definitions no option matches
// are merged with the freeformType if there is one (withFreeform);
// otherwise it is evalModulesNix's, put back together from its `config'
// and `_module'.
func (me *moduleEval) fixpoint() (eval.Value, error) {
	ok, err := me.fixed()
	if err != nil && fatal(err) {
		return nil, err
	}
	if err == nil && ok {
		v, err := me.declared()
		if err == nil {
			return v, nil
		}
		if fatal(err) {
			return nil, err
		}
	}
	cfg, err := me.nixField("config")
	if err != nil {
		return nil, err
	}
	cs, err := me.ev.ForceAttrs(eval.Pos{}, cfg)
	if err != nil {
		return nil, err
	}
	mod, err := me.nixField("_module")
	if err != nil {
		return nil, err
	}
	return eval.UpdateAttrs(cs, &eval.Attrs{Entries: []eval.Attr{{Name: "_module", Value: mod}}}), nil
}

// declared is the configuration of a fixed evaluation (see fixpoint).
func (me *moduleEval) declared() (eval.Value, error) {
	cfg, err := me.mergedField("config")
	if err != nil || me.freeform == nil {
		return cfg, err
	}
	unmatched := eval.NewLazy(func() (eval.Value, error) {
		u, err := me.mergedField("unmatched")
		if err != nil {
			return nil, err
		}
		return me.ev.Call(eval.Pos{}, me.h.notIgnorable, u)
	})
	return me.ev.Call(eval.Pos{}, me.h.withFreeform, me.prefix, me.freeform, cfg, unmatched)
}

// userConfig is the configuration without _module.
func (me *moduleEval) userConfig() (eval.Value, error) {
	cfg, err := me.ev.Force(me.config)
	if err != nil {
		return nil, err
	}
	set, err := me.ev.ForceAttrs(eval.Pos{}, cfg)
	if err != nil {
		return nil, err
	}
	i := -1
	for j, a := range set.Entries {
		if a.Name == "_module" {
			i = j
			break
		}
	}
	if i < 0 {
		return set, nil
	}
	// A copy: sharing the entries would keep _module, and through it the
	// whole evaluation, alive as long as the configuration.
	entries := make([]eval.Attr, 0, len(set.Entries)-1)
	entries = append(entries, set.Entries[:i]...)
	entries = append(entries, set.Entries[i+1:]...)
	return &eval.Attrs{Entries: entries}, nil
}

// fixed reports whether the merged configuration is the fixpoint: the
// modules were collected without anything the native path leaves to the
// Nix code, and _module.freeformType could be read (it is kept in
// me.freeform when it is not null). Like evalModulesNix's `config', it
// depends on nothing else.
func (me *moduleEval) fixed() (bool, error) {
	return analyse(&me.fixState, func() (bool, error) {
		if ok, err := me.collect(); err != nil || !ok {
			return false, err
		}
		cfg, err := me.mergedField("config")
		if err != nil {
			return false, err
		}
		mod, err := attrOf(me.ev, cfg, "_module", "native evalModules: the merged config")
		if err != nil {
			return false, err
		}
		ff, err := attrOf(me.ev, mod, "freeformType", "native evalModules: the merged config's _module")
		if err != nil {
			return false, err
		}
		if _, null := ff.(eval.Null); !null {
			me.freeform = ff
		}
		return true, nil
	})
}

// checked reports whether the native result stands: the configuration is
// fixed (see there) and evalModulesNix's check passes: it reads
// config._module.check first, and fails when the check is on, there is no
// freeformType and a definition has no option. When it is false, every
// field is evalModulesNix's.
func (me *moduleEval) checked() (bool, error) {
	return analyse(&me.checkState, func() (bool, error) {
		if ok, err := me.fixed(); err != nil || !ok {
			return false, err
		}
		mod, err := attrOf(me.ev, me.config, "_module", "native evalModules: config")
		if err != nil {
			return false, err
		}
		cv, err := attrOf(me.ev, mod, "check", "native evalModules: config._module")
		if err != nil {
			return false, err
		}
		check, err := me.ev.ForceBool(eval.Pos{}, cv)
		if err != nil {
			return false, err
		}
		if !check || me.freeform != nil {
			return true, nil
		}
		u, err := me.mergedField("unmatched")
		if err != nil {
			return false, err
		}
		list, err := me.ev.ForceList(eval.Pos{}, u)
		if err != nil {
			return false, err
		}
		for _, d := range list.Elems {
			ds, err := me.ev.ForceAttrs(eval.Pos{}, d)
			if err != nil {
				return false, err
			}
			ig, ok := ds.Get("ignorable")
			if !ok {
				return false, nil
			}
			b, err := me.ev.ForceBool(eval.Pos{}, ig.Value)
			if err != nil || !b {
				return false, err
			}
		}
		return true, nil
	})
}

// collect loads the modules as collectModules does (see there), once.
func (me *moduleEval) collect() (bool, error) {
	return analyse(&me.collectState, me.readModules)
}

// pendingModule is a module of the work list of the collection.
type pendingModule struct {
	given       eval.Value
	parentFile  eval.Value
	fallbackKey string
}

func (me *moduleEval) readModules() (bool, error) {
	ev, h := me.ev, me.h
	ml, err := ev.ForceList(eval.Pos{}, me.modules)
	if err != nil {
		return false, err
	}
	class, err := ev.Force(me.class)
	if err != nil {
		return false, err
	}
	_, noClass := class.(eval.Null)
	internal, err := me.internalModule()
	if err != nil {
		return false, err
	}
	unknownFile := eval.String("<unknown-file>")
	work := make([]pendingModule, 0, len(ml.Elems)+1)
	for i, m := range ml.Elems {
		work = append(work, pendingModule{m, unknownFile, anonKey("", i)})
	}
	work = append(work, pendingModule{internal, unknownFile, anonKey("", len(ml.Elems))})
	baseArgs := me.baseArgs()
	moduleArgs := eval.NewLazy(me.moduleArgs)
	seen := map[string]bool{}
	var collected []*eval.Attrs
	// genericClosure: a queue, each element's key forced when it is taken.
	for len(work) > 0 {
		p := work[0]
		work = work[1:]
		given, err := ev.Force(p.given)
		if err != nil {
			return false, err
		}
		m, normalised := given.(*eval.Attrs)
		if normalised {
			_, normalised = m.Get("_normalisedModule")
		}
		if !normalised {
			if m, err = me.load(baseArgs, moduleArgs, p, given); err != nil {
				return false, err
			}
		}
		if !noClass {
			v, err := ev.Call(eval.Pos{}, h.checkClass, class, m)
			if err != nil {
				return false, err
			}
			if m, err = ev.ForceAttrs(eval.Pos{}, v); err != nil {
				return false, err
			}
		}
		key, ok, err := me.moduleKey(m, p.fallbackKey)
		if err != nil || !ok {
			return false, err
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		collected = append(collected, m)
		imports, err := me.moduleList(m, "imports")
		if err != nil {
			return false, err
		}
		if len(imports) > 0 {
			file, _ := m.Get("_file")
			ka, _ := m.Get("key")
			kv, err := ev.Force(ka.Value)
			if err != nil {
				return false, err
			}
			parentKey, ok := kv.(eval.String)
			if !ok {
				return false, nil
			}
			for j, imp := range imports {
				work = append(work, pendingModule{imp, file.Value, anonKey(string(parentKey), j)})
			}
		}
	}
	for _, m := range collected {
		disabled, err := me.moduleList(m, "disabledModules")
		if err != nil {
			return false, err
		}
		if len(disabled) > 0 {
			return false, nil
		}
	}
	me.collected = collected
	return true, nil
}

// load loads a module that is not in normalised form, as loadModule does:
// a module function is called here with the arguments it asks for, other
// forms go to loadModule.
func (me *moduleEval) load(baseArgs, moduleArgs eval.Value, p pendingModule, given eval.Value) (*eval.Attrs, error) {
	ev, h := me.ev, me.h
	key := eval.String(p.fallbackKey)
	lam, ok := given.(*eval.Lambda)
	if !ok {
		v, err := ev.Call(eval.Pos{}, h.loadModule, baseArgs, moduleArgs, p.parentFile, key, p.given)
		if err != nil {
			return nil, err
		}
		return ev.ForceAttrs(eval.Pos{}, v)
	}
	fa, err := ev.Call(eval.Pos{}, h.functionArgs, lam)
	if err != nil {
		return nil, err
	}
	formals, err := ev.ForceAttrs(eval.Pos{}, fa)
	if err != nil {
		return nil, err
	}
	arg := baseArgs
	if len(formals.Entries) > 0 {
		entries := make([]eval.Attr, len(formals.Entries))
		for i, f := range formals.Entries {
			name := f.Name
			entries[i] = eval.Attr{Name: name, Value: eval.NewLazy(func() (eval.Value, error) {
				return me.moduleArg(baseArgs, moduleArgs, name)
			})}
		}
		arg = &eval.Attrs{Entries: entries}
	}
	res, err := ev.Call(eval.Pos{}, lam, arg)
	if err != nil {
		return nil, err
	}
	file, err := ev.Force(p.parentFile)
	if err != nil {
		return nil, err
	}
	if m, ok := unifyPlain(res, file, key); ok {
		return m, nil
	}
	v, err := ev.Call(eval.Pos{}, h.unify, p.parentFile, key, res)
	if err != nil {
		return nil, err
	}
	return ev.ForceAttrs(eval.Pos{}, v)
}

// moduleArg is `args.${name} or moduleArgs.${name}'; a name found in
// neither is moduleArg's (the Nix function's) error.
func (me *moduleEval) moduleArg(args, moduleArgs eval.Value, name string) (eval.Value, error) {
	ev := me.ev
	as, err := ev.ForceAttrs(eval.Pos{}, args)
	if err != nil {
		return nil, err
	}
	if a, ok := as.Get(name); ok {
		return a.Value, nil
	}
	ms, err := ev.ForceAttrs(eval.Pos{}, moduleArgs)
	if err == nil {
		if a, ok := ms.Get(name); ok {
			return a.Value, nil
		}
	} else if fatal(err) {
		return nil, err
	}
	return ev.Call(eval.Pos{}, me.h.moduleArg, args, moduleArgs, eval.String(name))
}

// unifyPlain is unifyModuleSyntax file key m (both forced) for a module
// function's result (forced) that carries nothing but options, config and imports
// (or is shorthand for its config): the normalised record, without a
// call. ok is false for every other module; unifyModuleSyntax then
// normalises it or reports it.
func unifyPlain(m, file, key eval.Value) (*eval.Attrs, bool) {
	set, ok := m.(*eval.Attrs)
	if !ok {
		return nil, false
	}
	if _, ok := file.(eval.String); !ok {
		return nil, false
	}
	var options, config, imports eval.Value
	structured, other := false, false
	for _, a := range set.Entries {
		switch a.Name {
		case "options":
			options, structured = a.Value, true
		case "config":
			config, structured = a.Value, true
		case "imports":
			imports = a.Value
		case "_class", "_file", "key", "disabledModules", "meta", "freeformType":
			return nil, false
		default:
			other = true
		}
	}
	if structured && other {
		return nil, false // unifyModuleSyntax reports the unsupported attribute
	}
	if !structured {
		if imports != nil {
			return nil, false // the shorthand's config is the set without imports
		}
		config = set
	}
	if options == nil {
		options = &eval.Attrs{}
	}
	if config == nil {
		config = &eval.Attrs{}
	}
	if imports == nil {
		imports = &eval.List{}
	}
	return &eval.Attrs{Entries: []eval.Attr{
		{Name: "_class", Value: eval.Null{}},
		{Name: "_file", Value: file},
		{Name: "config", Value: &eval.List{Elems: []eval.Value{config}}},
		{Name: "disabledModules", Value: &eval.List{}},
		{Name: "imports", Value: imports},
		{Name: "key", Value: key},
		{Name: "meta", Value: &eval.List{}},
		{Name: "options", Value: options},
	}}, true
}

// anonKey is the key of the i-th (from 0) module of a list without one of
// its own.
func anonKey(parentKey string, i int) string {
	return parentKey + ":anon-" + strconv.Itoa(i+1)
}

// moduleKey is the key genericClosure sees for a loaded module: its `key',
// or the fallback when that is null. ok is false for a key that is not a
// string (the Nix code compares those).
func (me *moduleEval) moduleKey(m *eval.Attrs, fallback string) (string, bool, error) {
	a, ok := m.Get("key")
	if !ok {
		return "", false, nil
	}
	v, err := me.ev.Force(a.Value)
	if err != nil {
		return "", false, err
	}
	switch k := v.(type) {
	case eval.Null:
		return fallback, true, nil
	case eval.String:
		return string(k), true, nil
	}
	return "", false, nil
}

// moduleList returns the list m.${name} of a loaded module.
func (me *moduleEval) moduleList(m *eval.Attrs, name string) ([]eval.Value, error) {
	a, ok := m.Get(name)
	if !ok {
		return nil, me.ev.Errorf(eval.Pos{}, "native evalModules: loaded module without '%s'", name)
	}
	l, err := me.ev.ForceList(eval.Pos{}, a.Value)
	if err != nil {
		return nil, err
	}
	return l.Elems, nil
}

// internalModule is internalModuleOf specialArgs { } true extendModules type.
func (me *moduleEval) internalModule() (eval.Value, error) {
	return me.ev.Call(eval.Pos{}, me.h.internalModule, me.specialArgs, &eval.Attrs{}, eval.Bool(true), me.extend, me.moduleType)
}

// baseArgs is `{ inherit lib config options specialArgs; _class = class;
// _prefix = prefix; } // specialArgs', the arguments a module function may
// ask for besides _module.args.
func (me *moduleEval) baseArgs() eval.Value {
	return eval.NewLazy(func() (eval.Value, error) {
		base := &eval.Attrs{Entries: []eval.Attr{
			{Name: "_class", Value: me.class},
			{Name: "_prefix", Value: me.prefix},
			{Name: "config", Value: me.config},
			{Name: "lib", Value: me.h.lib},
			{Name: "options", Value: eval.NewLazy(me.options)},
			{Name: "specialArgs", Value: me.specialArgs},
		}}
		sa, err := me.ev.ForceAttrs(eval.Pos{}, me.specialArgs)
		if err != nil {
			return nil, err
		}
		return eval.UpdateAttrs(base, sa), nil
	})
}

// options is the `options' argument of the modules: the merged options
// (unchecked, as in evalModulesNix).
func (me *moduleEval) options() (eval.Value, error) {
	ok, err := me.collect()
	if err != nil || !ok {
		return me.orNix("options", nil, err)
	}
	v, err := me.mergedField("options")
	return me.orNix("options", v, err)
}

// moduleArgs is config._module.args.
func (me *moduleEval) moduleArgs() (eval.Value, error) {
	mod, err := attrOf(me.ev, me.config, "_module", "native evalModules: config")
	if err != nil {
		return nil, err
	}
	return attrOf(me.ev, mod, "args", "native evalModules: config._module")
}

// reversed returns the collected modules last first: declarations and
// definitions are merged in that order, as nixpkgs does.
func (me *moduleEval) reversed() ([]*eval.Attrs, error) {
	ok, err := me.collect()
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, me.ev.Errorf(eval.Pos{}, "native evalModules: the modules are the Nix code's to collect")
	}
	n := len(me.collected)
	out := make([]*eval.Attrs, n)
	for i, m := range me.collected {
		out[n-1-i] = m
	}
	return out, nil
}

// decls is the declaration list of the top level: { file, value } for each
// module whose options are not empty.
func (me *moduleEval) decls() (eval.Value, error) {
	ms, err := me.reversed()
	if err != nil {
		return nil, err
	}
	var out []eval.Value
	for _, m := range ms {
		oa, ok := m.Get("options")
		if !ok {
			return nil, me.ev.Errorf(eval.Pos{}, "native evalModules: loaded module without 'options'")
		}
		ov, err := me.ev.Force(oa.Value)
		if err != nil {
			return nil, err
		}
		if os, ok := ov.(*eval.Attrs); ok && len(os.Entries) == 0 {
			continue
		}
		file, _ := m.Get("_file")
		out = append(out, &eval.Attrs{Entries: []eval.Attr{
			{Name: "file", Value: file.Value},
			{Name: "value", Value: oa.Value},
		}})
	}
	return &eval.List{Elems: out}, nil
}

// defs is the definition list of the top level: { file, value } for each
// element of each module's config, then { file, value, ignorable } for its
// meta.
func (me *moduleEval) defs() (eval.Value, error) {
	ms, err := me.reversed()
	if err != nil {
		return nil, err
	}
	var out []eval.Value
	for _, m := range ms {
		file, _ := m.Get("_file")
		cfg, err := me.moduleList(m, "config")
		if err != nil {
			return nil, err
		}
		for _, c := range cfg {
			out = append(out, &eval.Attrs{Entries: []eval.Attr{
				{Name: "file", Value: file.Value},
				{Name: "value", Value: c},
			}})
		}
		meta, err := me.moduleList(m, "meta")
		if err != nil {
			return nil, err
		}
		for _, c := range meta {
			out = append(out, &eval.Attrs{Entries: []eval.Attr{
				{Name: "file", Value: file.Value},
				{Name: "ignorable", Value: eval.Bool(true)},
				{Name: "value", Value: c},
			}})
		}
	}
	return &eval.List{Elems: out}, nil
}
