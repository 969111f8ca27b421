package eval

// This file assembles the `builtins` set and the names every file sees in
// its outermost scope, as Nix 2.8 has them.

// NixVersion is what builtins.nixVersion reports: the language and the
// builtins set implemented are Nix 2.8's (builtins.langVersion 6). nixpkgs'
// lib evaluates with it (lib/minfeatures.nix lists newer versions but
// nothing enforces them).
const NixVersion = "2.8.0"

// topLevelNames are the builtins reachable without the builtins. prefix;
// every other builtin is reachable as __name too.
var topLevelNames = []string{
	"abort", "baseNameOf", "builtins", "derivation", "derivationStrict", "dirOf",
	"false", "fetchGit", "fetchMercurial", "fetchTarball", "fetchTree", "fromTOML",
	"import", "isNull", "map", "null", "placeholder", "removeAttrs", "scopedImport",
	"throw", "toString", "true",
}

// nixBuiltinNames lists every attribute of Nix 2.8's builtins set; each one
// exists in ours (unsupported ones fail when called).
var nixBuiltinNames = []string{
	"abort", "add", "addErrorContext", "all", "any", "appendContext", "attrNames",
	"attrValues", "baseNameOf", "bitAnd", "bitOr", "bitXor", "builtins", "catAttrs",
	"ceil", "compareVersions", "concatLists", "concatMap", "concatStringsSep",
	"currentSystem", "currentTime", "deepSeq", "derivation", "derivationStrict",
	"dirOf", "div", "elem", "elemAt", "false", "fetchGit", "fetchMercurial",
	"fetchTarball", "fetchTree", "fetchurl", "filter", "filterSource", "findFile",
	"floor", "foldl'", "fromJSON", "fromTOML", "functionArgs", "genList",
	"genericClosure", "getAttr", "getContext", "getEnv", "groupBy", "hasAttr",
	"hasContext", "hashFile", "hashString", "head", "import", "intersectAttrs",
	"isAttrs", "isBool", "isFloat", "isFunction", "isInt", "isList", "isNull",
	"isPath", "isString", "langVersion", "length", "lessThan", "listToAttrs", "map",
	"mapAttrs", "match", "mul", "nixPath", "nixVersion", "null", "parseDrvName",
	"partition", "path", "pathExists", "placeholder", "readDir", "readFile",
	"removeAttrs", "replaceStrings", "scopedImport", "seq", "sort", "split",
	"splitVersion", "storeDir", "storePath", "stringLength", "sub", "substring",
	"tail", "throw", "toFile", "toJSON", "toPath", "toString", "toXML", "trace",
	"true", "tryEval", "typeOf", "unsafeDiscardOutputDependency",
	"unsafeDiscardStringContext", "unsafeGetAttrPos", "zipAttrsWith",
}

// unsupported maps builtins the evaluator refuses to run to the reason.
var unsupported = map[string]struct {
	arity  int
	reason string
}{
	"fetchurl":         {1, "is not supported: evaluation is pure and has no network"},
	"fetchTarball":     {1, "is not supported: evaluation is pure and has no network"},
	"fetchGit":         {1, "is not supported: evaluation is pure and has no network"},
	"fetchMercurial":   {1, "is not supported: evaluation is pure and has no network"},
	"fetchTree":        {1, "is not supported: evaluation is pure and has no network"},
	"derivation":       {1, "is not supported: the evaluator does not build derivations"},
	"derivationStrict": {1, "is not supported: the evaluator does not build derivations"},
	"storePath":        {1, "is not supported: the evaluator has no Nix store"},
}

func unsupportedPrimOp(name string, arity int, reason string) *PrimOp {
	return &PrimOp{Name: name, Arity: arity, Fn: func(ev *Evaluator, pos Pos, args []Value) (Value, error) {
		return nil, errKind(ErrSandbox, pos, "builtins.%s %s", name, reason)
	}}
}

func missingPrimOp(name string) *PrimOp {
	return &PrimOp{Name: name, Arity: 1, Fn: func(ev *Evaluator, pos Pos, args []Value) (Value, error) {
		return nil, ev.Errorf(pos, "builtins.%s is not implemented by this evaluator", name)
	}}
}

// initBuiltins builds the builtins set and the global scope.
func (ev *Evaluator) initBuiltins() {
	ops := map[string]*PrimOp{}
	for _, op := range builtinPrimOps {
		if op != nil {
			ops[op.Name] = op
		}
	}
	for _, op := range corePrimOps() {
		if _, have := ops[op.Name]; !have {
			ops[op.Name] = op
		}
	}
	for name, u := range unsupported {
		if _, have := ops[name]; !have {
			ops[name] = unsupportedPrimOp(name, u.arity, u.reason)
		}
	}
	ev.primops = ops

	nixPath := make([]Value, 0, len(ev.searchPath))
	for _, e := range ev.searchPath {
		nixPath = append(nixPath, NewAttrs([]Attr{
			{Name: "path", Value: String(e.path)},
			{Name: "prefix", Value: String(e.prefix)},
		}))
	}
	consts := map[string]Value{
		"true":          Bool(true),
		"false":         Bool(false),
		"null":          Null{},
		"currentSystem": String("x86_64-linux"),
		"currentTime":   Int(0),
		"nixVersion":    String(NixVersion),
		"langVersion":   Int(6),
		"storeDir":      String(StoreDir),
		"nixPath":       &List{Elems: nixPath},
	}

	entries := make([]Attr, 0, len(nixBuiltinNames)+len(ops))
	seen := map[string]bool{}
	add := func(name string, v Value) {
		if !seen[name] {
			seen[name] = true
			entries = append(entries, Attr{Name: name, Value: v})
		}
	}
	for _, name := range nixBuiltinNames {
		switch {
		case name == "builtins":
			add(name, nil) // filled below
		case consts[name] != nil:
			add(name, consts[name])
		case ops[name] != nil:
			add(name, ops[name])
		default:
			op := missingPrimOp(name)
			ops[name] = op
			add(name, op)
		}
	}
	// Builtins of newer Nix versions that the builtins part provides stay
	// out of the set, as in Nix 2.8 (nixpkgs' lib tests `builtins ? name`
	// to pick an implementation); PrimOpByName still finds them.
	set := NewAttrs(entries)
	for i := range set.Entries {
		if set.Entries[i].Name == "builtins" {
			set.Entries[i].Value = set
		}
	}
	ev.builtinsSet = set

	ev.globals = make(map[string]Value, 2*len(set.Entries))
	top := map[string]bool{}
	for _, n := range topLevelNames {
		top[n] = true
	}
	for _, a := range set.Entries {
		if top[a.Name] {
			ev.globals[a.Name] = a.Value
		} else {
			ev.globals["__"+a.Name] = a.Value
		}
	}
}

// Builtins returns the `builtins` set.
func (ev *Evaluator) Builtins() *Attrs { return ev.builtinsSet }

// PrimOpByName returns the builtin function with the given name.
func (ev *Evaluator) PrimOpByName(name string) (*PrimOp, bool) {
	op, ok := ev.primops[name]
	return op, ok
}
