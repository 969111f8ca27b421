package eval

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"os"
	"path/filepath"
	"strings"

	"github.com/nix-k8s/nix-k8s/internal/nix/syntax"
)

// File-system builtins. Every one goes through CheckPath, so evaluation
// never reads outside the allowed roots.

// corePrimOps are the builtins the core implements.
func corePrimOps() []*PrimOp {
	return []*PrimOp{
		{Name: "import", Arity: 1, Fn: primImport},
		{Name: "scopedImport", Arity: 2, Fn: primScopedImport},
		{Name: "readFile", Arity: 1, Fn: primReadFile},
		{Name: "readDir", Arity: 1, Fn: primReadDir},
		{Name: "pathExists", Arity: 1, Fn: primPathExists},
		{Name: "path", Arity: 1, Fn: primPath},
		{Name: "filterSource", Arity: 2, Fn: primFilterSource},
		{Name: "findFile", Arity: 2, Fn: primFindFile},
		{Name: "hashFile", Arity: 2, Fn: primHashFile},
		{Name: "baseNameOf", Arity: 1, Fn: primBaseNameOf},
		{Name: "dirOf", Arity: 1, Fn: primDirOf},
		{Name: "toFile", Arity: 2, Fn: primToFile},
	}
}

// primToFile is builtins.toFile: the store path Nix would write the text
// to. Nothing is written; reading or importing the path later gives the
// text back.
func primToFile(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	name, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	text, err := ev.ForceString(pos, args[1])
	if err != nil {
		return nil, err
	}
	if err := checkStoreName(name); err != nil {
		return nil, ev.Errorf(pos, "cannot write '%s' to the store: %v", name, err)
	}
	sum := sha256.Sum256([]byte(text))
	sp := makeStorePath("text", sum[:], name)
	ev.storeTexts[sp] = text
	return String(sp), nil
}

func primImport(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	p, err := ev.CoerceToPath(pos, args[0])
	if err != nil {
		return nil, err
	}
	return ev.importFile(pos, p)
}

// resolveImport finds the file an import of p reads (a directory means its
// default.nix) and checks it against the sandbox.
func (ev *Evaluator) resolveImport(pos Pos, p string) (string, error) {
	r, err := ev.CheckPath(pos, p)
	if err != nil {
		return "", err
	}
	st, err := os.Stat(r)
	if err != nil {
		return "", ev.fsError(pos, "getting status of", p, err)
	}
	if st.IsDir() {
		return ev.CheckPath(pos, filepath.Join(r, "default.nix"))
	}
	return r, nil
}

// importFile evaluates the file at p once; later imports of the same
// resolved file share the value.
func (ev *Evaluator) importFile(pos Pos, p string) (Value, error) {
	r := p
	if _, isText := ev.storeTexts[p]; !isText {
		var err error
		if r, err = ev.resolveImport(pos, p); err != nil {
			return nil, err
		}
	}
	t, ok := ev.imports[r]
	if !ok {
		t = NewLazy(func() (Value, error) {
			code, err := ev.loadFile(pos, r)
			if err != nil {
				return nil, err
			}
			return code.eval(ev, nil)
		})
		ev.imports[r] = t
	}
	if t.State() == ThunkForcing {
		return nil, errKind(ErrInfiniteRecursion, pos, "infinite recursion encountered: '%s' imports itself (import cycle)", r)
	}
	return ev.forceThunk(t)
}

func (ev *Evaluator) parseFile(pos Pos, path string) (*syntax.File, error) {
	if text, ok := ev.storeTexts[path]; ok {
		return syntax.Parse(path, []byte(text)), nil
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, ev.fsError(pos, "opening file", path, err)
	}
	return syntax.ParseOwned(path, src), nil
}

func primScopedImport(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	scopeSet, err := ev.ForceAttrs(pos, args[0])
	if err != nil {
		return nil, err
	}
	p, err := ev.CoerceToPath(pos, args[1])
	if err != nil {
		return nil, err
	}
	r, err := ev.resolveImport(pos, p)
	if err != nil {
		return nil, err
	}
	f, err := ev.parseFile(pos, r)
	if err != nil {
		return nil, err
	}
	top := newScope(nil, len(scopeSet.Entries))
	env := newEnv(nil, len(scopeSet.Entries))
	for i, a := range scopeSet.Entries {
		top.add(a.Name)
		*env.slot(i) = a.Value
	}
	code, _, err := ev.compileAndRelease(f, filepath.Dir(r), top)
	if err != nil {
		return nil, err
	}
	return code.eval(ev, env)
}

func (ev *Evaluator) checkedPathArg(pos Pos, v Value) (string, string, error) {
	p, err := ev.CoerceToPath(pos, v)
	if err != nil {
		return "", "", err
	}
	r, err := ev.CheckPath(pos, p)
	return p, r, err
}

func primReadFile(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	if p, err := ev.CoerceToPath(pos, args[0]); err == nil {
		if text, ok := ev.storeTexts[p]; ok {
			return String(text), nil
		}
	}
	p, r, err := ev.checkedPathArg(pos, args[0])
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(r)
	if err != nil {
		return nil, ev.fsError(pos, "opening file", p, err)
	}
	return String(data), nil
}

func primReadDir(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	p, r, err := ev.checkedPathArg(pos, args[0])
	if err != nil {
		return nil, err
	}
	ents, err := os.ReadDir(r)
	if err != nil {
		return nil, ev.fsError(pos, "opening directory", p, err)
	}
	out := make([]Attr, 0, len(ents))
	for _, e := range ents {
		t := "unknown"
		switch m := e.Type(); {
		case m.IsRegular():
			t = "regular"
		case m.IsDir():
			t = "directory"
		case m&os.ModeSymlink != 0:
			t = "symlink"
		}
		out = append(out, Attr{Name: e.Name(), Value: String(t), Pos: &pos})
	}
	return NewAttrs(out), nil
}

func primPathExists(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	_, r, err := ev.checkedPathArg(pos, args[0])
	if err != nil {
		return nil, err
	}
	_, err = os.Lstat(r)
	return Bool(err == nil), nil
}

// primPath is builtins.path: the store path Nix would copy the path to
// (computed, nothing is written), honouring name, filter and recursive.
func primPath(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	set, err := ev.ForceAttrs(pos, args[0])
	if err != nil {
		return nil, err
	}
	a, ok := set.Get("path")
	if !ok {
		return nil, ev.Errorf(pos, "attribute 'path' missing in call to 'path'; pass { path = ./dir; }")
	}
	filter, err := ev.ForceFunctionIfSet(pos, set, "filter")
	if err != nil {
		return nil, err
	}
	p, r, err := ev.checkedPathArg(pos, a.Value)
	if err != nil {
		return nil, err
	}
	name := baseNameOf(p)
	if n, ok := set.Get("name"); ok {
		if name, err = ev.ForceString(pos, n.Value); err != nil {
			return nil, err
		}
	}
	recursive := true
	if rv, ok := set.Get("recursive"); ok {
		if recursive, err = ev.ForceBool(pos, rv.Value); err != nil {
			return nil, err
		}
	}
	if _, err := os.Lstat(r); err != nil {
		return nil, ev.fsError(pos, "getting status of", p, err)
	}
	sp, err := ev.addPathToStore(pos, p, r, name, filter, recursive)
	if err != nil {
		return nil, err
	}
	return String(sp), nil
}

// ForceFunctionIfSet forces set.name to a function when it is present.
func (ev *Evaluator) ForceFunctionIfSet(pos Pos, set *Attrs, name string) (Value, error) {
	a, ok := set.Get(name)
	if !ok {
		return nil, nil
	}
	return ev.ForceFunction(pos, a.Value)
}

// primFilterSource is builtins.filterSource: the store path of the
// filtered tree (computed, nothing is written).
func primFilterSource(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	filter, err := ev.ForceFunction(pos, args[0])
	if err != nil {
		return nil, err
	}
	p, r, err := ev.checkedPathArg(pos, args[1])
	if err != nil {
		return nil, err
	}
	if _, err := os.Lstat(r); err != nil {
		return nil, ev.fsError(pos, "getting status of", p, err)
	}
	sp, err := ev.addPathToStore(pos, p, r, baseNameOf(p), filter, true)
	if err != nil {
		return nil, err
	}
	return String(sp), nil
}

// primFindFile is builtins.findFile: the search path argument is a list of
// { prefix; path; } sets.
func primFindFile(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	list, err := ev.ForceList(pos, args[0])
	if err != nil {
		return nil, err
	}
	name, err := ev.ForceString(pos, args[1])
	if err != nil {
		return nil, err
	}
	for _, e := range list.Elems {
		set, err := ev.ForceAttrs(pos, e)
		if err != nil {
			return nil, err
		}
		prefix := ""
		if a, ok := set.Get("prefix"); ok {
			if prefix, err = ev.ForceString(pos, a.Value); err != nil {
				return nil, err
			}
		}
		a, ok := set.Get("path")
		if !ok {
			return nil, ev.Errorf(pos, "attribute 'path' missing")
		}
		dir, err := ev.CoercePathToString(pos, a.Value, false)
		if err != nil {
			return nil, err
		}
		var cand string
		switch {
		case prefix == "":
			cand = dir + "/" + name
		case name == prefix:
			cand = dir
		case strings.HasPrefix(name, prefix+"/"):
			cand = dir + name[len(prefix):]
		default:
			continue
		}
		cand = canonPath(cand)
		r, err := ev.CheckPath(pos, cand)
		if err != nil {
			return nil, err
		}
		if _, err := os.Stat(r); err == nil {
			return Path(cand), nil
		}
	}
	return nil, ev.Errorf(pos, "file '%s' was not found in the Nix search path (add it using $NIX_PATH or -I)", name)
}

func primHashFile(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	algo, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	var h hash.Hash
	switch algo {
	case "md5":
		h = md5.New()
	case "sha1":
		h = sha1.New()
	case "sha256":
		h = sha256.New()
	case "sha512":
		h = sha512.New()
	default:
		return nil, ev.Errorf(pos, "unknown hash algorithm '%s'", algo)
	}
	p, r, err := ev.checkedPathArg(pos, args[1])
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(r)
	if err != nil {
		return nil, ev.fsError(pos, "opening file", p, err)
	}
	h.Write(data)
	return String(hex.EncodeToString(h.Sum(nil))), nil
}

func primBaseNameOf(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ev.coerceToString(pos, args[0], false, false)
	if err != nil {
		return nil, err
	}
	return String(baseNameOf(s)), nil
}

// baseNameOf is Nix's baseNameOf: the part after the last slash, ignoring
// one trailing slash.
func baseNameOf(s string) string {
	if s == "" {
		return ""
	}
	last := len(s) - 1
	if s[last] == '/' && last > 0 {
		last--
	}
	i := strings.LastIndexByte(s[:last+1], '/')
	return s[i+1 : last+1]
}

func primDirOf(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	v, err := ev.Force(args[0])
	if err != nil {
		return nil, err
	}
	s, err := ev.coerceToString(pos, v, false, false)
	if err != nil {
		return nil, err
	}
	d := dirOf(s)
	if _, isPath := v.(Path); isPath {
		return Path(d), nil
	}
	return String(d), nil
}

// dirOf is Nix's dirOf: everything before the last slash ("." when there
// is none, "/" for a top-level name).
func dirOf(s string) string {
	i := strings.LastIndexByte(s, '/')
	switch {
	case i < 0:
		return "."
	case i == 0:
		return "/"
	}
	return s[:i]
}
