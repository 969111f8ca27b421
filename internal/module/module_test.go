package module

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// The API corpus: every directory testdata/api/cases/NAME holds module
// files (*.nix directly in it, given to evalModules in name order) and
// optionally specialArgs.json (an object of strings). Cases named ok-*
// must evaluate, and their JSON and --strict print must equal
// nix-instantiate's for the same evalModules call; cases named err-* must
// fail with the diagnostic recorded in testdata/api/golden/NAME.json
// (NAME.nixpkgs.json through nixpkgs' lib), rewritten with -update.

const (
	apiCasesDir  = "testdata/api/cases"
	apiGoldenDir = "testdata/api/golden"
)

type apiCase struct {
	name    string
	dir     string   // absolute
	files   []string // absolute, in order
	special map[string]string
}

func apiLoadCases(t testing.TB) []apiCase {
	t.Helper()
	entries, err := os.ReadDir(apiCasesDir)
	if err != nil {
		t.Fatalf("reading %s: %v", apiCasesDir, err)
	}
	var cases []apiCase
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir, err := filepath.Abs(filepath.Join(apiCasesDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files, err := filepath.Glob(filepath.Join(dir, "*.nix"))
		if err != nil || len(files) == 0 {
			t.Fatalf("case %s has no module files (%v)", e.Name(), err)
		}
		sort.Strings(files)
		c := apiCase{name: e.Name(), dir: dir, files: files}
		if data, err := os.ReadFile(filepath.Join(dir, "specialArgs.json")); err == nil {
			if err := json.Unmarshal(data, &c.special); err != nil {
				t.Fatalf("case %s: reading specialArgs.json: %v", c.name, err)
			}
		}
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		t.Fatalf("no cases in %s", apiCasesDir)
	}
	return cases
}

func (c apiCase) options(nixpkgsLib, cacheDir string) Options {
	o := Options{Files: c.files, NixpkgsLib: nixpkgsLib, CacheDir: cacheDir}
	if len(c.special) > 0 {
		o.SpecialArgs = map[string]eval.Value{}
		for k, v := range c.special {
			o.SpecialArgs[k] = eval.String(v)
		}
	}
	return o
}

// nixExpr is the evalModules call nix-instantiate evaluates for the case.
func (c apiCase) nixExpr(libDir string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "(let lib = import %s; in lib.evalModules { modules = [", libDir)
	for _, f := range c.files {
		b.WriteString(" " + f)
	}
	b.WriteString(" ];")
	if len(c.special) > 0 {
		fmt.Fprintf(&b, " specialArgs = builtins.fromJSON (builtins.readFile %s);", filepath.Join(c.dir, "specialArgs.json"))
	}
	b.WriteString(" }).config")
	return b.String()
}

// apiNix runs nix-instantiate --eval --strict [--json] on expr and returns
// stdout, or the first line of its error.
func apiNix(t *testing.T, expr string, asJSON bool) (out string, errLine string) {
	t.Helper()
	requireNix(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	flags := []string{"--readonly-mode"}
	if asJSON {
		flags = append(flags, "--json")
	}
	run, err := nixInstantiate(ctx, expr, flags, []string{"NIX_PATH="})
	if err != nil {
		t.Fatalf("running nix-instantiate: %v", err)
	}
	if run.Failed {
		for _, l := range strings.Split(run.Stderr, "\n") {
			if strings.HasPrefix(l, "error: ") {
				return "", strings.TrimPrefix(l, "error: ")
			}
		}
		t.Fatalf("nix-instantiate failed without an error line: %s", run.Stderr)
	}
	return run.Stdout, ""
}

// apiGolden is a diagnostic with paths relative to the case directory.
type apiGolden struct {
	File       string   `json:"file"`
	Line       int      `json:"line"`
	Col        int      `json:"col"`
	OptionPath string   `json:"optionPath"`
	Code       string   `json:"code"`
	Message    string   `json:"message"`
	Fix        string   `json:"fix"`
	Related    []string `json:"related,omitempty"`
}

func apiRel(s, dir string) string { return strings.ReplaceAll(s, dir+"/", "<case>/") }

func apiGoldenOf(d Diagnostic, dir string) apiGolden {
	g := apiGolden{
		File: apiRel(d.File, dir), Line: d.Line, Col: d.Col, OptionPath: d.OptionPath,
		Code: d.Code, Message: apiRel(d.Message, dir), Fix: apiRel(d.Fix, dir),
	}
	for _, r := range d.Related {
		g.Related = append(g.Related, apiRel(r.String(), dir))
	}
	return g
}

func apiCheckGolden(t *testing.T, path string, got apiGolden) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(got); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden %s (record it with -update): %v", path, err)
	}
	if !bytes.Equal(data, want) {
		t.Errorf("diagnostic differs from %s:\ngot:\n%s\nwant:\n%s", path, data, want)
	}
}

// apiRun checks every case through one lib: ours (libDir is its source
// directory, given to nix-instantiate) or nixpkgs'.
func apiRun(t *testing.T, nixpkgsLib, nixLibDir, goldenSuffix string) {
	cache := t.TempDir()
	for _, c := range apiLoadCases(t) {
		t.Run(c.name, func(t *testing.T) {
			res, err := Evaluate(context.Background(), c.options(nixpkgsLib, cache))
			expr := c.nixExpr(nixLibDir)
			if strings.HasPrefix(c.name, "ok-") {
				if err != nil {
					t.Fatalf("Evaluate: %v", err)
				}
				gotJSON, err := res.JSON()
				if err != nil {
					t.Fatalf("JSON: %v", err)
				}
				wantJSON, _ := apiNix(t, expr, true)
				if gotJSON != wantJSON {
					t.Errorf("JSON differs from nix-instantiate --eval --strict --json:\ngot:  %s\nwant: %s", gotJSON, wantJSON)
				}
				gotPrint, err := res.Print()
				if err != nil {
					t.Fatalf("Print: %v", err)
				}
				wantPrint, _ := apiNix(t, expr, false)
				if gotPrint+"\n" != wantPrint {
					t.Errorf("print differs from nix-instantiate --eval --strict:\ngot:  %s\nwant: %s", gotPrint, wantPrint)
				}
				return
			}
			if err == nil {
				t.Fatalf("Evaluate succeeded, want an error")
			}
			var me *Error
			if !errors.As(err, &me) {
				t.Fatalf("Evaluate: %v is not a *module.Error", err)
			}
			var ee *eval.Error
			if !errors.As(err, &ee) {
				t.Errorf("the error does not wrap the evaluator's *eval.Error")
			}
			_, nixErr := apiNix(t, expr, true)
			if nixErr == "" {
				t.Fatalf("nix-instantiate succeeded on a case we fail: %v", err)
			}
			ourFirst, _, _ := strings.Cut(me.Diagnostic.Message, "\n")
			// The module system's messages must match word for word; other
			// errors (the parser's, the evaluator's) need only fail in both.
			if strings.HasPrefix(me.Diagnostic.Code, "module/") && apiStripLineCol(ourFirst) != apiStripLineCol(nixErr) {
				t.Errorf("first line of the message differs from nix-instantiate's:\nours: %s\nnix:  %s", ourFirst, nixErr)
			}
			apiCheckGolden(t, filepath.Join(apiGoldenDir, c.name+goldenSuffix), apiGoldenOf(me.Diagnostic, c.dir))
		})
	}
}

var apiLineColRe = regexp.MustCompile(`:\d+:\d+'`)

// apiStripLineCol drops ":LINE:COL" inside quotes and "at FILE:L:C" tails,
// which depend on the evaluator's position reporting.
func apiStripLineCol(s string) string {
	s = apiLineColRe.ReplaceAllString(s, "'")
	if i := strings.Index(s, ", at "); i >= 0 {
		s = s[:i]
	}
	return s
}

// TestEvaluate runs the API corpus with the built-in lib and compares with
// nix-instantiate evaluating the same call with the lib's source.
func TestEvaluate(t *testing.T) {
	src, err := filepath.Abs(LibRoot)
	if err != nil {
		t.Fatal(err)
	}
	apiRun(t, "", src, ".json")
}

// TestEvaluateNixpkgsLib runs the API corpus with nixpkgs' lib on our
// evaluator and compares with nix-instantiate using the same lib.
func TestEvaluateNixpkgsLib(t *testing.T) {
	dir := nixpkgsLibEnv()
	if dir == "" {
		t.Skip("NIXPKGS_LIB is not set: not running the API corpus through the real nixpkgs lib")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	apiRun(t, abs, abs, ".nixpkgs.json")
}

func TestDiagnoseMessages(t *testing.T) {
	pos := eval.Pos{}
	tests := []struct {
		name, msg  string
		code, path string
		loc        Location
		related    []Location
		fixHas     string
	}{
		{
			name: "unknown option, our wording with a position",
			msg:  "The option `a.b' does not exist. Definition values:\n- In `/m/x.nix:3:5': 1",
			code: CodeUnknownOption, path: "a.b", loc: Location{"/m/x.nix", 3, 5}, fixHas: "correct its name",
		},
		{
			name: "unknown option, older nixpkgs wording",
			msg:  "The option `a.b' defined in `/m/x.nix' does not exist.",
			code: CodeUnknownOption, path: "a.b", loc: Location{File: "/m/x.nix"}, fixHas: "a.b",
		},
		{
			name: "unknown option with a suggestion",
			msg:  "The option `a.lvl' does not exist. Definition values:\n- In `/m/x.nix': 1\n\nDid you mean `a.level'?",
			code: CodeUnknownOption, path: "a.lvl", loc: Location{File: "/m/x.nix"}, fixHas: "did you mean `a.level'",
		},
		{
			name: "type error via a submodule",
			msg:  "A definition for option `apps.api.replicas' is not of type `signed integer'. Definition values:\n- In `/m/apps.nix, via option apps': \"x\"",
			code: CodeType, path: "apps.api.replicas", loc: Location{File: "/m/apps.nix"}, fixHas: "`signed integer'",
		},
		{
			name: "undefined, nixpkgs wording",
			msg:  "The option `k8s.version' was accessed but has no value defined. Try setting the option.",
			code: CodeUndefined, path: "k8s.version", fixHas: "define `k8s.version'",
		},
		{
			name: "undefined, older wording, our declaration",
			msg:  "The option `k8s.version' is used but not defined.\nDeclared in `/m/d.nix:2:3'.",
			code: CodeUndefined, path: "k8s.version", loc: Location{"/m/d.nix", 2, 3}, fixHas: "default",
		},
		{
			name: "conflict lists both definitions",
			msg:  "The option `h' has conflicting definition values:\n- In `/m/b.nix:2:3': \"x\"\n- In `/m/a.nix:4:5': \"y\"",
			code: CodeConflict, path: "h", loc: Location{"/m/b.nix", 2, 3}, related: []Location{{"/m/a.nix", 4, 5}}, fixHas: "mkForce",
		},
		{
			name: "unique option defined twice",
			msg:  "The option `u' is defined multiple times while it's expected to be unique.\nOnly one.\nDefinition values:\n- In `/m/a.nix': 1\n- In `/m/b.nix': 2",
			code: CodeConflict, path: "u", loc: Location{File: "/m/a.nix"}, related: []Location{{File: "/m/b.nix"}}, fixHas: "keep one",
		},
		{
			name: "read-only",
			msg:  "The option `v' is read-only, but it's set multiple times. Definition values:\n- In `/m/a.nix:1:3': 1\n- In `/m/b.nix:1:3': 2",
			code: CodeReadOnly, path: "v", loc: Location{"/m/a.nix", 1, 3}, related: []Location{{"/m/b.nix", 1, 3}}, fixHas: "read-only",
		},
		{
			name: "any other error",
			msg:  "undefined variable 'x'",
			code: CodeEval,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := diagnoseEvalError(&eval.Error{Kind: eval.ErrEval, Msg: tt.msg, Pos: pos}, "/lib")
			if d.Code != tt.code || d.OptionPath != tt.path || d.Location != tt.loc {
				t.Errorf("got code %q, option %q, at %v; want %q, %q, %v", d.Code, d.OptionPath, d.Location, tt.code, tt.path, tt.loc)
			}
			if fmt.Sprint(d.Related) != fmt.Sprint(tt.related) {
				t.Errorf("related %v, want %v", d.Related, tt.related)
			}
			if !strings.Contains(d.Fix, tt.fixHas) {
				t.Errorf("fix %q does not mention %q", d.Fix, tt.fixHas)
			}
			if d.Message != tt.msg {
				t.Errorf("message %q, want %q", d.Message, tt.msg)
			}
		})
	}
}

// TestMaterialiseBuiltinLib checks the cached copy of the built-in lib: it
// is reused when intact and repaired when damaged.
func TestMaterialiseBuiltinLib(t *testing.T) {
	cache := t.TempDir()
	dir, err := materialiseBuiltinLib(cache)
	if err != nil {
		t.Fatal(err)
	}
	files, err := LibFiles()
	if err != nil {
		t.Fatal(err)
	}
	if !builtinLibIntact(dir, files) {
		t.Fatalf("%s does not hold the built-in lib", dir)
	}
	again, err := materialiseBuiltinLib(cache)
	if err != nil || again != dir {
		t.Fatalf("second call gave %q, %v; want %q", again, err, dir)
	}
	damaged := filepath.Join(dir, "modules.nix")
	if err := os.WriteFile(damaged, []byte("throw \"damaged\""), 0o644); err != nil {
		t.Fatal(err)
	}
	repaired, err := materialiseBuiltinLib(cache)
	if err != nil || repaired != dir {
		t.Fatalf("repair gave %q, %v; want %q", repaired, err, dir)
	}
	if !builtinLibIntact(dir, files) {
		t.Errorf("the damaged lib was not repaired")
	}
	entries, err := os.ReadDir(cache)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("cache holds %d entries, want only the lib directory", len(entries))
	}
}

// TestOldLibsPruned: writing the lib removes the libs of other versions
// unused for libKeep, and keeps recently used ones and anything else.
func TestOldLibsPruned(t *testing.T) {
	cache := t.TempDir()
	now := time.Now()
	mk := func(name string, age time.Duration) string {
		p := filepath.Join(cache, name)
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, now.Add(-age), now.Add(-age)); err != nil {
			t.Fatal(err)
		}
		return p
	}
	stale := mk("lib-0000000000000000aaaa", libKeep+time.Hour)
	recent := mk("lib-0000000000000000bbbb", libKeep-time.Hour)
	other := mk("schema-old", 2*libKeep)
	dir, err := materialiseBuiltinLib(cache)
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{stale: false, recent: true, other: true, dir: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s: exists=%v, want %v", filepath.Base(p), err == nil, want)
		}
	}
	// A use of an existing lib more than a day after its last mark
	// renews it, so that it is not pruned while in use.
	old := now.Add(-48 * time.Hour)
	if err := os.Chtimes(dir, old, old); err != nil {
		t.Fatal(err)
	}
	if _, err := materialiseBuiltinLib(cache); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if now.Sub(st.ModTime()) > time.Hour {
		t.Errorf("using the lib did not renew its mark: modified %v", st.ModTime())
	}
}

func TestEvaluateBadInput(t *testing.T) {
	cache := t.TempDir()
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"no files", Options{CacheDir: cache}, "no module files"},
		{"missing file", Options{Files: []string{"testdata/api/none.nix"}, CacheDir: cache}, "none.nix"},
		{"not a nixpkgs lib", Options{Files: []string{"testdata/api/cases/ok-apps/b-apps.nix"}, NixpkgsLib: t.TempDir(), CacheDir: cache}, "NIXPKGS_LIB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Evaluate(context.Background(), tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error mentioning %q", err, tt.want)
			}
			var me *Error
			if errors.As(err, &me) {
				t.Errorf("input errors are not evaluation diagnostics: %v", err)
			}
		})
	}
}

func TestEvaluateCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c := apiLoadCases(t)[0]
	_, err := Evaluate(ctx, c.options("", t.TempDir()))
	if !eval.IsKind(err, eval.ErrCancelled) {
		t.Errorf("got %v, want a cancelled evaluation", err)
	}
}

// BenchmarkEvaluate1000Apps evaluates 1,000 app entries of 20 options
// through Evaluate with the built-in lib, JSON included.
func BenchmarkEvaluate1000Apps(b *testing.B) {
	dir := b.TempDir()
	files, _ := writeBenchApps(b, dir, 1000)
	opts := Options{Files: files, CacheDir: filepath.Join(dir, "cache"), Trace: io.Discard}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := Evaluate(context.Background(), opts)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := res.JSON(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestParseOptionPath(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		ok   bool
	}{
		{"a.b.c", []string{"a", "b", "c"}, true},
		{`apps.api.labels."app.kubernetes.io/name"`, []string{"apps", "api", "labels", "app.kubernetes.io/name"}, true},
		{`ports."[definition 1-entry 2]"`, []string{"ports", "[definition 1-entry 2]"}, true},
		{`a."b\"c".d`, []string{"a", `b"c`, "d"}, true},
		{`a."unterminated`, nil, false},
		{`a."b"c`, nil, false},
		{"", nil, false},
	}
	for _, tt := range tests {
		got, ok := parseOptionPath(tt.in)
		if ok != tt.ok || fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("parseOptionPath(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFindInModule(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	plain := write("plain.nix", "{ lib, ... }:\nlet x = 1; in\n{\n  apps.api = {\n    replicas = 3;\n  };\n  k8s.version = \"1.31\";\n  labels.\"a.b/c\" = \"x\";\n}\n")
	split := write("split.nix", "{ lib, ... }:\n{\n  options.k8s.version = lib.mkOption { };\n  config = {\n    k8s.version = \"1\";\n  };\n}\n")
	tests := []struct {
		name      string
		file      string
		path      []string
		decl      bool
		line, col int
	}{
		{"nested sets", plain, []string{"apps", "api", "replicas"}, false, 5, 5},
		{"dotted path starts at its first name", plain, []string{"k8s", "version"}, false, 7, 3},
		{"quoted name", plain, []string{"labels", "a.b/c"}, false, 8, 3},
		{"option above a definition", plain, []string{"apps"}, false, 4, 3},
		{"not there", plain, []string{"apps", "web"}, false, 0, 0},
		{"under config", split, []string{"k8s", "version"}, false, 5, 5},
		{"declaration", split, []string{"k8s", "version"}, true, 3, 3},
		{"missing file", filepath.Join(dir, "none.nix"), []string{"a"}, false, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, col := findInModule(tt.file, tt.path, tt.decl)
			if line != tt.line || col != tt.col {
				t.Errorf("got %d:%d, want %d:%d", line, col, tt.line, tt.col)
			}
		})
	}
}

// TestResultJSONFunction: a configuration holding a function prints (as
// <LAMBDA>, like nix-instantiate --strict) but is no JSON; that failure is
// a diagnostic too.
func TestResultJSONFunction(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "m.nix")
	src := "{ lib, ... }:\n{\n  options.f = lib.mkOption { type = lib.types.functionTo lib.types.int; };\n  config.f = x: x + 1;\n}\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Evaluate(context.Background(), Options{Files: []string{file}, CacheDir: t.TempDir()})
	if err != nil {
		t.Fatalf("Evaluate: %v", err)
	}
	printed, err := res.Print()
	if err != nil {
		t.Fatalf("Print: %v", err)
	}
	wantPrint, _ := apiNix(t, apiCase{files: []string{file}}.nixExpr(apiAbs(t, LibRoot)), false)
	if printed+"\n" != wantPrint {
		t.Errorf("Print = %q, nix-instantiate printed %q", printed, wantPrint)
	}
	_, err = res.JSON()
	var me *Error
	if !errors.As(err, &me) {
		t.Fatalf("JSON: got %v, want a *module.Error", err)
	}
	if me.Diagnostic.Code != CodeEval || !strings.Contains(me.Diagnostic.Message, "cannot convert a function to JSON") {
		t.Errorf("diagnostic %+v, want eval/error about converting a function", me.Diagnostic)
	}
	_, nixErr := apiNix(t, apiCase{files: []string{file}}.nixExpr(apiAbs(t, LibRoot)), true)
	if !strings.Contains(nixErr, "cannot convert a function to JSON") {
		t.Errorf("nix-instantiate --json error %q, expected the same failure", nixErr)
	}
}

func apiAbs(t *testing.T, p string) string {
	t.Helper()
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}
