package module

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
	"github.com/nix-k8s/nix-k8s/internal/nix/syntax"
)

// Options configure Evaluate.
type Options struct {
	// Files are the module files, in the order given to evalModules.
	Files []string
	// SpecialArgs are passed to lib.evalModules as specialArgs: arguments
	// every module function receives, available to `imports` too.
	SpecialArgs map[string]eval.Value
	// NixpkgsLib is the directory of a nixpkgs lib/ (a checkout of nixpkgs'
	// lib, or nix-community/nixpkgs.lib). Empty selects the built-in lib.
	NixpkgsLib string
	// Roots are directories the modules may read besides their own
	// directories (and the lib's).
	Roots []string
	// CacheDir is where the built-in lib is written so the evaluator can
	// import it. Empty means nix-k8s/ under the user cache directory
	// ($XDG_CACHE_HOME or ~/.cache), or the temporary directory when there
	// is none.
	CacheDir string
	// MaxDepth, MaxSteps, AllowEnv and SearchPath are the evaluator's
	// limits and environment (see eval.Options).
	MaxDepth   int
	MaxSteps   int64
	AllowEnv   []string
	SearchPath map[string]string
	// Trace receives builtins.trace output and the module system's
	// warnings. Nil discards them.
	Trace io.Writer
}

// Result is an evaluated configuration.
type Result struct {
	// Config is `(lib.evalModules { … }).config`, forced deeply.
	Config eval.Value
	// LibDir is the directory of the lib that evaluated the modules.
	LibDir string
	// BuiltinLib tells whether LibDir is the built-in lib.
	BuiltinLib bool

	ev *eval.Evaluator
}

// Evaluator returns the evaluator that computed the result, for callers
// that inspect Config further (its values may be used only with it).
func (r *Result) Evaluator() *eval.Evaluator { return r.ev }

// JSON renders Config as `nix-instantiate --eval --strict --json` does
// (no trailing newline). A value JSON cannot hold (a function) is an
// *Error whose diagnostic says where it is.
func (r *Result) JSON() (string, error) {
	out, err := eval.ToJSON(r.ev, eval.Pos{}, r.Config)
	if err != nil {
		return "", r.wrap("rendering the configuration as JSON", err)
	}
	return out, nil
}

// Print renders Config as `nix-instantiate --eval --strict` does (no
// trailing newline).
func (r *Result) Print() (string, error) {
	out, err := eval.Print(r.ev, r.Config)
	if err != nil {
		return "", r.wrap("printing the configuration", err)
	}
	return out, nil
}

func (r *Result) wrap(doing string, err error) error {
	var ee *eval.Error
	if errors.As(err, &ee) {
		return &Error{Diagnostic: diagnoseEvalError(ee, r.LibDir), Err: err}
	}
	return fmt.Errorf("%s: %w", doing, err)
}

// Diagnostic codes.
const (
	CodeUnknownOption = "module/unknown-option" // a definition for an option nobody declared
	CodeType          = "module/type"           // a definition of the wrong type
	CodeUndefined     = "module/undefined"      // an option read but never defined
	CodeConflict      = "module/conflict"       // definitions that cannot be merged
	CodeReadOnly      = "module/read-only"      // a read-only option defined more than once
	CodeEval          = "eval/error"            // any other evaluation error
)

// Location is a place in a file. Line and Col are 1-based; 0 means
// unknown (nixpkgs' lib names only the file of a definition).
type Location struct {
	File string
	Line int
	Col  int
}

func (l Location) String() string {
	if l.Line == 0 {
		return l.File
	}
	return fmt.Sprintf("%s:%d:%d", l.File, l.Line, l.Col)
}

// Diagnostic is a failed evaluation explained: where, which option, what
// kind of mistake (Code), the module system's message and how to fix it.
type Diagnostic struct {
	Location
	// OptionPath is the option as the message shows it (`a.b."c d"`);
	// empty when the error is not about one option.
	OptionPath string
	Code       string
	// Message is the error text of the module system or evaluator
	// (several lines for messages that list definitions), without the
	// evaluator's source excerpts and trace.
	Message string
	// Fix says what to change; empty when nothing specific is known.
	Fix string
	// Related are the other places the message names: further
	// definitions, the option's declaration.
	Related []Location
}

// String formats the diagnostic for a terminal: "FILE:LINE:COL: error:"
// and the message, then the option, the code and the fix.
func (d Diagnostic) String() string {
	var b strings.Builder
	if d.File != "" {
		b.WriteString(d.Location.String())
		b.WriteString(": ")
	}
	b.WriteString("error: ")
	for i, l := range strings.Split(d.Message, "\n") {
		if i > 0 {
			b.WriteString("\n    ")
		}
		b.WriteString(l)
	}
	if d.OptionPath != "" {
		b.WriteString("\n  option: ")
		b.WriteString(d.OptionPath)
	}
	b.WriteString("\n  code:   ")
	b.WriteString(d.Code)
	if d.Fix != "" {
		b.WriteString("\n  fix:    ")
		b.WriteString(d.Fix)
	}
	return b.String()
}

// Error is an evaluation of the modules that failed: the diagnostic made
// from the evaluator's error, which it wraps.
type Error struct {
	Diagnostic Diagnostic
	Err        error
}

func (e *Error) Error() string { return e.Diagnostic.String() }
func (e *Error) Unwrap() error { return e.Err }

// evalModulesEntry is the function Evaluate applies to the lib, the module
// paths and the special arguments.
const evalModulesEntry = "lib: modules: specialArgs: (lib.evalModules { inherit modules specialArgs; }).config\n"

// evalModulesEntryName names evalModulesEntry in positions.
const evalModulesEntryName = "«nix-k8s evalModules»"

// Evaluate evaluates `(lib.evalModules { modules = Files; specialArgs =
// SpecialArgs; }).config` with the Go evaluator, in process, and forces
// the result deeply. Errors raised while evaluating are returned as
// *Error, carrying a Diagnostic; other errors (a missing file, an
// unwritable cache) are plain wrapped errors.
func Evaluate(ctx context.Context, opts Options) (*Result, error) {
	if len(opts.Files) == 0 {
		return nil, errors.New("evaluating modules: no module files given")
	}
	res := &Result{}
	var err error
	if opts.NixpkgsLib != "" {
		res.LibDir, err = nixpkgsLibDir(opts.NixpkgsLib)
	} else {
		res.BuiltinLib = true
		res.LibDir, err = materialiseBuiltinLib(opts.CacheDir)
	}
	if err != nil {
		return nil, err
	}
	modules := make([]eval.Value, len(opts.Files))
	roots := []string{res.LibDir}
	for i, f := range opts.Files {
		abs, err := filepath.Abs(f)
		if err != nil {
			return nil, fmt.Errorf("locating module file %s: %w", f, err)
		}
		st, err := os.Stat(abs)
		if err != nil {
			return nil, fmt.Errorf("reading module file %s: %w", f, err)
		}
		if st.IsDir() {
			roots = append(roots, abs)
		} else {
			roots = append(roots, filepath.Dir(abs))
		}
		modules[i] = eval.Path(abs)
	}
	for _, r := range opts.Roots {
		abs, err := filepath.Abs(r)
		if err != nil {
			return nil, fmt.Errorf("locating root %s: %w", r, err)
		}
		roots = append(roots, abs)
	}
	trace := opts.Trace
	if trace == nil {
		trace = io.Discard
	}
	searchPath := opts.SearchPath
	if searchPath == nil {
		searchPath = map[string]string{}
	}
	ev := eval.New(ctx, eval.Options{
		Roots:      roots,
		MaxDepth:   opts.MaxDepth,
		MaxSteps:   opts.MaxSteps,
		AllowEnv:   opts.AllowEnv,
		Stderr:     trace,
		SearchPath: searchPath,
	})
	res.ev = ev
	// The module files are imported once the lib is loaded: read, parse
	// and compile them meanwhile.
	ahead := make([]string, len(modules))
	for i, m := range modules {
		ahead[i] = string(m.(eval.Path))
	}
	ev.LoadAhead(ahead...)
	names := make([]string, 0, len(opts.SpecialArgs))
	for n := range opts.SpecialArgs {
		names = append(names, n)
	}
	sort.Strings(names)
	special := make([]eval.Attr, len(names))
	for i, n := range names {
		special[i] = eval.Attr{Name: n, Value: opts.SpecialArgs[n]}
	}
	fail := func(doing string, err error) (*Result, error) {
		var ee *eval.Error
		if errors.As(err, &ee) {
			d := diagnoseEvalError(ee, res.LibDir)
			locateMissingModuleArg(&d, modules)
			locateInSource(&d, modules)
			return nil, &Error{Diagnostic: d, Err: err}
		}
		return nil, fmt.Errorf("%s: %w", doing, err)
	}
	var lib eval.Value
	if res.BuiltinLib {
		lib, err = LoadBuiltinLib(ev, res.LibDir)
	} else {
		lib, err = ev.EvalFile(res.LibDir)
	}
	if err != nil {
		return fail("loading the lib", err)
	}
	entry, err := ev.EvalSource(evalModulesEntryName, []byte(evalModulesEntry), res.LibDir)
	if err != nil {
		return fail("compiling the module entry point", err)
	}
	cfg, err := ev.Call(eval.Pos{}, entry, lib, &eval.List{Elems: modules}, eval.NewAttrs(special))
	if err == nil {
		cfg, err = ev.DeepForce(cfg)
	}
	if err != nil {
		return fail("evaluating the modules", err)
	}
	res.Config = cfg
	return res, nil
}

// nixpkgsLibDir checks that dir looks like nixpkgs' lib/ and returns it
// absolute.
func nixpkgsLibDir(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("locating the nixpkgs lib %s: %w", dir, err)
	}
	for _, f := range []string{"default.nix", "modules.nix"} {
		if _, err := os.Stat(filepath.Join(abs, f)); err != nil {
			return "", fmt.Errorf("using %s as the nixpkgs lib: %w (point --nixpkgs-lib or NIXPKGS_LIB at the lib/ directory of a nixpkgs checkout)", dir, err)
		}
	}
	return abs, nil
}

// builtinLibHash identifies the built-in lib's content: the names and bytes of
// its files.
func builtinLibHash(files []string) (string, error) {
	h := sha256.New()
	for _, name := range files {
		data, err := LibFS.ReadFile(path.Join(LibRoot, name))
		if err != nil {
			return "", fmt.Errorf("reading embedded %s: %w", name, err)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:20], nil
}

// materialiseBuiltinLib returns a directory holding exactly the built-in lib: a
// content-addressed directory lib-HASH under cacheDir (by default the
// user's cache directory). A directory already there is used when its
// files match; otherwise the lib is written next to it and moved into
// place, so concurrent processes never see a partial lib.
func materialiseBuiltinLib(cacheDir string) (string, error) {
	if cacheDir == "" {
		base, err := os.UserCacheDir()
		if err != nil || base == "" {
			base = os.TempDir()
		}
		cacheDir = filepath.Join(base, "nix-k8s")
	}
	cacheDir, err := filepath.Abs(cacheDir)
	if err != nil {
		return "", fmt.Errorf("locating the cache directory %s: %w", cacheDir, err)
	}
	files, err := LibFiles()
	if err != nil {
		return "", err
	}
	sum, err := builtinLibHash(files)
	if err != nil {
		return "", err
	}
	dir := filepath.Join(cacheDir, "lib-"+sum)
	if builtinLibIntact(dir, files) {
		markLibUsed(dir, time.Now())
		return dir, nil
	}
	defer pruneOldLibs(cacheDir, dir, time.Now())
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return "", fmt.Errorf("creating the cache directory for the built-in lib: %w (set XDG_CACHE_HOME to a writable directory)", err)
	}
	tmp, err := os.MkdirTemp(cacheDir, ".lib-"+sum+"-")
	if err != nil {
		return "", fmt.Errorf("writing the built-in lib to %s: %w (set XDG_CACHE_HOME to a writable directory)", cacheDir, err)
	}
	if _, err := WriteLib(tmp); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		// Another process may have put an intact copy in place meanwhile;
		// a damaged one is replaced.
		if builtinLibIntact(dir, files) {
			os.RemoveAll(tmp)
			return dir, nil
		}
		if rmErr := os.RemoveAll(dir); rmErr != nil {
			os.RemoveAll(tmp)
			return "", fmt.Errorf("replacing the damaged built-in lib in %s: %w", dir, rmErr)
		}
		if err := os.Rename(tmp, dir); err != nil {
			os.RemoveAll(tmp)
			return "", fmt.Errorf("moving the built-in lib into %s: %w", dir, err)
		}
	}
	return dir, nil
}

// libKeep is how long a materialised lib another version of the program
// wrote stays in the cache after its last use.
const libKeep = 30 * 24 * time.Hour

// markLibUsed records a use of the lib directory dir in its modification
// time (at most once a day), which pruneOldLibs reads.
func markLibUsed(dir string, now time.Time) {
	st, err := os.Stat(dir)
	if err == nil && now.Sub(st.ModTime()) > 24*time.Hour {
		os.Chtimes(dir, now, now) // best effort: a read-only cache is fine
	}
}

// pruneOldLibs removes, best effort, the lib-* directories under cacheDir
// other than keep that have not been used for libKeep: the libs of older
// versions of the program. A version still in use marks its lib at least
// daily, so it is never removed under it.
func pruneOldLibs(cacheDir, keep string, now time.Time) {
	entries, err := os.ReadDir(cacheDir)
	if err != nil {
		return
	}
	for _, e := range entries {
		p := filepath.Join(cacheDir, e.Name())
		if !e.IsDir() || !strings.HasPrefix(e.Name(), "lib-") || p == keep {
			continue
		}
		if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > libKeep {
			os.RemoveAll(p)
		}
	}
}

// builtinLibIntact reports whether dir holds the built-in lib's files unchanged.
func builtinLibIntact(dir string, files []string) bool {
	for _, name := range files {
		want, err := LibFS.ReadFile(path.Join(LibRoot, name))
		if err != nil {
			return false
		}
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil || !bytes.Equal(got, want) {
			return false
		}
	}
	return true
}

// The module system's messages, as our lib and nixpkgs' lib word them
// (older nixpkgs wordings included). They are compiled when a message is
// first read, not at every start of the program.
var (
	msgUnknownRe      = lazyRegexp("^The option `(.*?)'(?: defined in `(.*?)')? does not exist\\.")
	msgTypeRe         = lazyRegexp("^A definition for option `(.*?)' is not of type `(.*?)'\\.")
	msgUndefinedRe    = lazyRegexp("^The option `(.*?)' (?:is used but not defined|was accessed but has no value defined)")
	msgConflictRe     = lazyRegexp("^The option `(.*?)' (?:has conflicting definition values|is defined multiple times while it's expected to be unique|has conflicting option types)")
	msgMergeRe        = lazyRegexp("^Cannot merge definitions of `(.*?)'")
	msgReadOnlyRe     = lazyRegexp("^The option `(.*?)' is read-only")
	msgDefinitionRe   = lazyRegexp("^- In `(.*?)'")
	msgDeclaredRe     = lazyRegexp("Declared in `(.*?)'")
	msgSuggestRe      = lazyRegexp("Did you mean (.*?)\\?")
	msgMissingAttrRe  = lazyRegexp(`^attribute '(.*)' missing$`)
	msgUndefinedVarRe = lazyRegexp(`^undefined variable '(.*)'`)
	msgLineColRe      = lazyRegexp(`^(.*):(\d+):(\d+)$`)
)

// lazyRegexp returns a function that compiles expr on its first call.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// parseDiagLocation reads "FILE", "FILE:LINE:COL" or "FILE, via option X".
func parseDiagLocation(s string) Location {
	if i := strings.Index(s, ", via option "); i >= 0 {
		s = s[:i]
	}
	if m := msgLineColRe().FindStringSubmatch(s); m != nil {
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		return Location{File: m[1], Line: line, Col: col}
	}
	return Location{File: s}
}

// diagnoseEvalError explains an evaluator error: it recognises the module system's
// messages, takes the definitions they list, and places the diagnostic at
// the first definition with a line, else at the innermost position in the
// modules (not in the lib) that the error or its trace names.
func diagnoseEvalError(e *eval.Error, libDir string) Diagnostic {
	msg := strings.TrimSpace(e.Msg)
	first, _, _ := strings.Cut(msg, "\n")
	d := Diagnostic{Code: CodeEval, Message: msg}
	var defs []Location
	for _, l := range strings.Split(msg, "\n") {
		if m := msgDefinitionRe().FindStringSubmatch(l); m != nil {
			defs = append(defs, parseDiagLocation(m[1]))
		}
	}
	var declared *Location
	if m := msgDeclaredRe().FindStringSubmatch(msg); m != nil {
		l := parseDiagLocation(m[1])
		declared = &l
	}
	switch {
	case msgUnknownRe().MatchString(first):
		m := msgUnknownRe().FindStringSubmatch(first)
		d.Code, d.OptionPath = CodeUnknownOption, m[1]
		if m[2] != "" && len(defs) == 0 {
			defs = append(defs, parseDiagLocation(m[2]))
		}
		d.Fix = fmt.Sprintf("remove the definition of `%s' or correct its name (`options' declares the options that exist)", m[1])
		if s := msgSuggestRe().FindStringSubmatch(msg); s != nil {
			d.Fix = fmt.Sprintf("correct the name: did you mean %s?", s[1])
		}
	case msgTypeRe().MatchString(first):
		m := msgTypeRe().FindStringSubmatch(first)
		d.Code, d.OptionPath = CodeType, m[1]
		d.Fix = fmt.Sprintf("give `%s' a value of type `%s'", m[1], m[2])
	case msgUndefinedRe().MatchString(first):
		m := msgUndefinedRe().FindStringSubmatch(first)
		d.Code, d.OptionPath = CodeUndefined, m[1]
		d.Fix = fmt.Sprintf("define `%s' in a module, or give its declaration a default", m[1])
	case msgReadOnlyRe().MatchString(first):
		m := msgReadOnlyRe().FindStringSubmatch(first)
		d.Code, d.OptionPath = CodeReadOnly, m[1]
		d.Fix = fmt.Sprintf("define `%s' in one module only: it is read-only", m[1])
	case msgConflictRe().MatchString(first):
		m := msgConflictRe().FindStringSubmatch(first)
		d.Code, d.OptionPath = CodeConflict, m[1]
		d.Fix = fmt.Sprintf("keep one definition of `%s', or give one a higher priority with lib.mkForce (or the others a lower one with lib.mkDefault)", m[1])
	case msgMergeRe().MatchString(first):
		m := msgMergeRe().FindStringSubmatch(first)
		d.Code, d.OptionPath = CodeConflict, m[1]
		d.Fix = fmt.Sprintf("keep one definition of `%s' (its type cannot merge several), or give one a higher priority with lib.mkForce", m[1])
	default:
		d.Fix = diagEvalFix(e, first)
	}
	if d.Code == CodeUndefined && declared != nil {
		defs = append(defs, *declared)
		declared = nil
	}
	// The primary location: the first listed place with a line, else a
	// position of the error in the modules, preferably in the file of the
	// first listed place.
	primary := -1
	for i, l := range defs {
		if l.Line > 0 {
			primary = i
			break
		}
	}
	switch {
	case primary >= 0:
		d.Location = defs[primary]
		defs = append(defs[:primary:primary], defs[primary+1:]...)
	default:
		want := ""
		if len(defs) > 0 {
			want = defs[0].File
		}
		if l, ok := diagModulePosition(e, libDir, want); ok {
			d.Location = l
			if len(defs) > 0 && defs[0].File == l.File {
				defs = defs[1:]
			}
		} else if len(defs) > 0 {
			d.Location, defs = defs[0], defs[1:]
		}
	}
	if declared != nil {
		defs = append(defs, *declared)
	}
	d.Related = defs
	return d
}

// diagModulePosition finds the innermost position outside the lib among the
// error's position and its trace; with want set, a position in that file
// is preferred.
func diagModulePosition(e *eval.Error, libDir, want string) (Location, bool) {
	positions := make([]eval.Pos, 0, len(e.Trace)+1)
	positions = append(positions, e.Pos)
	for _, f := range e.Trace {
		positions = append(positions, f.Pos)
	}
	var found []Location
	for _, p := range positions {
		if !p.Known() || p.File.Name == evalModulesEntryName {
			continue
		}
		name := p.File.Name
		if libDir != "" && (name == libDir || strings.HasPrefix(name, libDir+string(filepath.Separator))) {
			continue
		}
		line, col := p.Line()
		found = append(found, Location{File: name, Line: line, Col: col})
	}
	if len(found) == 0 {
		return Location{}, false
	}
	if want != "" {
		for _, l := range found {
			if l.File == want {
				return l, true
			}
		}
	}
	return found[0], true
}

// locateMissingModuleArg explains "attribute 'x' missing" raised inside
// the lib while it calls a module function: one of the given module files
// asks for an argument nothing provides. It points at that formal.
func locateMissingModuleArg(d *Diagnostic, modules []eval.Value) {
	if d.Code != CodeEval || d.File != "" {
		return
	}
	m := msgMissingAttrRe().FindStringSubmatch(d.Message)
	if m == nil {
		return
	}
	name := m[1]
	for _, mv := range modules {
		p, ok := mv.(eval.Path)
		if !ok {
			continue
		}
		src, err := os.ReadFile(string(p))
		if err != nil {
			continue
		}
		f := syntax.Parse(string(p), src)
		lam, ok := f.Expr.(*syntax.Lambda)
		if !ok || lam.Formals == nil {
			continue
		}
		for _, fm := range lam.Formals.Items {
			if fm.Name == name && fm.Default == nil {
				line, col := f.Lines.Position(fm.Pos)
				d.Location = Location{File: string(p), Line: line, Col: col}
				d.Fix = fmt.Sprintf("the module asks for the argument `%s', which nothing provides: pass it in specialArgs, set _module.args.%s in a module, or remove it from the argument list", name, name)
				return
			}
		}
	}
}

// locateInSource completes locations the message left without a line
// (nixpkgs' lib names only the file of a definition): it finds the
// option's definition in that file's source. An undefined option with no
// location at all is looked for among the declarations of the given
// module files.
func locateInSource(d *Diagnostic, modules []eval.Value) {
	path, ok := parseOptionPath(d.OptionPath)
	if !ok {
		return
	}
	if d.File != "" && d.Line == 0 {
		d.Line, d.Col = findInModule(d.File, path, false)
	}
	for i := range d.Related {
		if r := &d.Related[i]; r.File != "" && r.Line == 0 {
			r.Line, r.Col = findInModule(r.File, path, false)
		}
	}
	if d.File == "" && d.Code == CodeUndefined {
		for _, mv := range modules {
			if p, ok := mv.(eval.Path); ok {
				if line, col := findInModule(string(p), path, true); line > 0 {
					d.Location = Location{File: string(p), Line: line, Col: col}
					return
				}
			}
		}
	}
}

// parseOptionPath splits an option path as the module system shows it:
// names joined by dots, quoted when they are not identifiers.
func parseOptionPath(s string) ([]string, bool) {
	if s == "" {
		return nil, false
	}
	var out []string
	for s != "" {
		if s[0] == '"' {
			end := 1
			for end < len(s) && s[end] != '"' {
				if s[end] == '\\' {
					end++
				}
				end++
			}
			if end >= len(s) {
				return nil, false
			}
			name, err := strconv.Unquote(s[:end+1])
			if err != nil {
				return nil, false
			}
			out = append(out, name)
			s = s[end+1:]
		} else {
			i := strings.IndexByte(s, '.')
			if i < 0 {
				i = len(s)
			}
			out = append(out, s[:i])
			s = s[i:]
		}
		if s != "" {
			if s[0] != '.' {
				return nil, false
			}
			s = s[1:]
		}
	}
	return out, true
}

// findInModule finds where the module file at file defines the option at
// path (or declares it, with decl): the first attribute whose path leads
// to it, through nested attribute sets, under `config' (or `options') when
// the module separates them. It returns 0, 0 when the source does not
// show it plainly (computed names, mkMerge, imports).
func findInModule(file string, path []string, decl bool) (line, col int) {
	src, err := os.ReadFile(file)
	if err != nil {
		return 0, 0
	}
	f := syntax.Parse(file, src)
	body := moduleBody(f.Expr)
	if body == nil {
		return 0, 0
	}
	var want []string
	switch {
	case decl:
		want = append([]string{"options"}, path...)
	case hasTopAttr(body, "config") || hasTopAttr(body, "options"):
		want = append([]string{"config"}, path...)
	default:
		want = path
	}
	if off, ok := findAttrPath(body, want); ok {
		return f.Lines.Position(off)
	}
	return 0, 0
}

// moduleBody is the attribute set a module file evaluates to, under its
// function head and any let or with.
func moduleBody(e syntax.Expr) *syntax.AttrSet {
	for {
		switch x := e.(type) {
		case *syntax.Lambda:
			e = x.Body
		case *syntax.Let:
			e = x.Body
		case *syntax.With:
			e = x.Body
		case *syntax.AttrSet:
			return x
		default:
			return nil
		}
	}
}

func hasTopAttr(set *syntax.AttrSet, name string) bool {
	for _, b := range set.Bindings {
		if a, ok := b.(*syntax.Attr); ok && len(a.Path) > 0 && a.Path[0].Expr == nil && a.Path[0].Name == name {
			return true
		}
	}
	return false
}

// findAttrPath returns the offset of the attribute of set that defines
// path: the start of its attribute path, as Nix positions attributes.
func findAttrPath(set *syntax.AttrSet, path []string) (int, bool) {
	for _, b := range set.Bindings {
		a, ok := b.(*syntax.Attr)
		if !ok {
			continue
		}
		n := 0
		for n < len(a.Path) && n < len(path) && a.Path[n].Expr == nil && a.Path[n].Name == path[n] {
			n++
		}
		switch {
		case n == 0:
			continue
		case n == len(path):
			return a.Path[0].Pos, true
		case n == len(a.Path):
			if inner, ok := a.Value.(*syntax.AttrSet); ok {
				if off, ok := findAttrPath(inner, path[n:]); ok {
					return off, true
				}
			}
		}
	}
	return 0, false
}

// diagEvalFix suggests a fix for an error outside the module system's own.
func diagEvalFix(e *eval.Error, first string) string {
	if m := msgUndefinedVarRe().FindStringSubmatch(first); m != nil {
		return fmt.Sprintf("define `%s' (with let, or as a module argument: { %s, ... }:), or correct its name", m[1], m[1])
	}
	if strings.HasPrefix(first, "syntax error") {
		return "correct the syntax at the position shown"
	}
	switch e.Kind {
	case eval.ErrSandbox:
		return "allow the directory with --root DIR, or keep the modules' files inside their directories"
	case eval.ErrInfiniteRecursion:
		return "an option's value depends on itself: break the cycle (a default that reads the option it defines, or `config' used to decide `imports')"
	case eval.ErrStackOverflow:
		return "the evaluation recurses too deeply: look for a definition that refers to itself, or raise --max-depth"
	case eval.ErrLimit:
		return "raise --max-steps, or simplify the modules"
	}
	return ""
}
