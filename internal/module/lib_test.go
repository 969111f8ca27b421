package module

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// The lib corpus: every testdata/lib/cases/NAME.nix is a function
// `lib: EXPR`. Each is evaluated strictly to JSON against our built-in lib,
// by every runner of libOurRunners (nix-instantiate and nix-k8s' own
// evaluator), and compared with testdata/lib/expected/NAME.json (the value,
// or the error message) and NAME.trace (traces and warnings), which record
// what the real nixpkgs lib gives. With NIXPKGS_LIB set (a checkout of
// nixpkgs' lib/), the cases also run against it and must still give the
// recorded results; `go test ./internal/module -run TestLib -update` records
// them again from it.

const (
	libCasesDir    = "testdata/lib/cases"
	libExpectedDir = "testdata/lib/expected"
	libCaseTimeout = 60 * time.Second
)

// libOutcome is the result of evaluating one case.
type libOutcome struct {
	Failed bool
	JSON   string   // canonical JSON of the value, when !Failed
	Error  string   // normalised error message, when Failed
	Traces []string // trace and warning messages printed, sorted
	Detail string   // raw evaluator diagnostics, for test messages
}

// Result is the line stored in NAME.json: the value's JSON or
// "error: MESSAGE".
func (o libOutcome) Result() string {
	if o.Failed {
		return "error: " + o.Error
	}
	return o.JSON
}

// TraceText is the content of NAME.trace: the trace messages, sorted (the
// order in which a lib forces values is not part of its contract).
func (o libOutcome) TraceText() string {
	if len(o.Traces) == 0 {
		return ""
	}
	return strings.Join(o.Traces, "\n") + "\n"
}

// A libRunner evaluates case file casePath applied to the lib found at libDir
// (a directory whose default.nix is the lib). A non-nil error means the
// runner itself could not run; an evaluation error is an outcome with
// Failed set.
type libRunner func(ctx context.Context, libDir, casePath string) (libOutcome, error)

// libNixInstantiate runs a case with the real Nix evaluator.
var libNixInstantiate = libNixInstantiateEnv()

// libNixInstantiateEnv returns a runner using the real Nix evaluator with
// extra environment variables ("NAME=value"). Variables the lib reads are
// cleared unless set here.
func libNixInstantiateEnv(env ...string) libRunner {
	return func(ctx context.Context, libDir, casePath string) (libOutcome, error) {
		return libRunNix(ctx, libDir, casePath, env)
	}
}

func libRunNix(ctx context.Context, libDir, casePath string, env []string) (libOutcome, error) {
	expr := fmt.Sprintf("(import %s) (import %s)", libNixPath(casePath), libNixPath(libDir))
	run, err := nixInstantiate(ctx, expr, []string{"--json"}, append([]string{"NIX_ABORT_ON_WARN=", "IN_NIX_SHELL="}, env...))
	if err != nil {
		return libOutcome{}, fmt.Errorf("running nix-instantiate on %s: %w", casePath, err)
	}
	diag := libHideCorpusDir(run.Stderr)
	traces, errMsg := libParseDiagnostics(diag)
	out := libOutcome{Traces: traces, Detail: diag}
	if run.Failed {
		if errMsg == "" {
			return libOutcome{}, fmt.Errorf("nix-instantiate failed on %s without an error message: %s", casePath, run.Stderr)
		}
		out.Failed, out.Error = true, errMsg
		return out, nil
	}
	canon, err := libCanonicalJSON([]byte(run.Stdout))
	if err != nil {
		return libOutcome{}, fmt.Errorf("reading nix-instantiate output for %s: %w", casePath, err)
	}
	out.JSON = canon
	return out, nil
}

var (
	libANSI      = regexp.MustCompile("\x1b\\[[0-9;]*[A-Za-z]")
	libSpaceRun  = regexp.MustCompile(`\s+`)
	libAssertion = regexp.MustCompile(`^assertion '.*' failed$`)
)

// libParseDiagnostics splits Nix's stderr into trace messages (sorted) and
// the error message, if any. A trace message starts at a line "trace: ";
// the error message is the text from "error: " to the first blank line,
// with runs of white space made one space. The source text of a failed
// assert is dropped: it shows how the lib is written, not what it does.
// Terminal colour sequences are dropped, as Nix drops them when stderr is
// not a terminal.
func libParseDiagnostics(stderr string) (traces []string, errMsg string) {
	stderr = libANSI.ReplaceAllString(stderr, "")
	lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	var cur []string
	flush := func() {
		if cur != nil {
			traces = append(traces, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	for i, line := range lines {
		if strings.HasPrefix(line, "error: ") || line == "error:" {
			flush()
			var msg []string
			for _, l := range lines[i:] {
				if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "(use '--show-trace'") {
					break
				}
				msg = append(msg, l)
			}
			errMsg = strings.TrimSpace(strings.TrimPrefix(libSpaceRun.ReplaceAllString(strings.Join(msg, " "), " "), "error:"))
			if libAssertion.MatchString(errMsg) {
				errMsg = "assertion failed"
			}
			break
		}
		if strings.HasPrefix(line, "trace: ") {
			flush()
			cur = []string{line}
			continue
		}
		if cur != nil {
			cur = append(cur, line)
		}
	}
	flush()
	sort.Strings(traces)
	return traces, errMsg
}

// libHideCorpusDir replaces the corpus directory's absolute path with
// "<corpus>" in diagnostics, so that messages naming the corpus's files
// are the same on every machine.
func libHideCorpusDir(diag string) string {
	dir, err := filepath.Abs(filepath.Dir(libCasesDir))
	if err != nil {
		return diag
	}
	return strings.ReplaceAll(diag, dir, "<corpus>")
}

var libPlainPath = regexp.MustCompile(`^[a-zA-Z0-9._+/-]+$`)

// libNixPath quotes an absolute file system path as a Nix path literal.
func libNixPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = p
	}
	if libPlainPath.MatchString(abs) {
		return abs
	}
	// Paths with other characters go through a string.
	b, _ := json.Marshal(abs)
	return "(/. + " + strings.ReplaceAll(string(b), "$", `\$`) + ")"
}

// libCanonicalJSON is canonicalJSON as the lib corpus records it: <, > and
// & written as they are.
func libCanonicalJSON(data []byte) (string, error) { return canonicalJSON(data, false) }

// libCase is one corpus entry.
type libCase struct {
	Name     string // file name without .nix
	Path     string // case file
	Expected string // NAME.json: the value's JSON or "error: MESSAGE"
	Trace    string // NAME.trace: trace messages, present only when some are printed
}

func loadLibCases(t *testing.T) []libCase {
	t.Helper()
	entries, err := os.ReadDir(libCasesDir)
	if err != nil {
		t.Fatalf("reading %s: %v", libCasesDir, err)
	}
	var cases []libCase
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".nix") {
			continue
		}
		name := strings.TrimSuffix(e.Name(), ".nix")
		cases = append(cases, libCase{
			Name:     name,
			Path:     filepath.Join(libCasesDir, e.Name()),
			Expected: filepath.Join(libExpectedDir, name+".json"),
			Trace:    filepath.Join(libExpectedDir, name+".trace"),
		})
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].Name < cases[j].Name })
	return cases
}

// libNixpkgsDir returns the nixpkgs lib directory from NIXPKGS_LIB, or "".
func libNixpkgsDir(t *testing.T) string {
	t.Helper()
	dir := nixpkgsLibEnv()
	if dir == "" {
		return ""
	}
	if _, err := os.Stat(filepath.Join(dir, "default.nix")); err != nil {
		t.Fatalf("NIXPKGS_LIB=%s is not a nixpkgs lib directory: %v", dir, err)
	}
	return dir
}

// libExpected is a recorded result.
type libExpected struct {
	Result string // canonical JSON or "error: MESSAGE"
	Trace  string // "" when nothing is traced
}

func libReadExpected(c libCase) (libExpected, error) {
	data, err := os.ReadFile(c.Expected)
	if err != nil {
		return libExpected{}, fmt.Errorf("reading expected result: %w", err)
	}
	text := strings.TrimSuffix(string(data), "\n")
	var want libExpected
	if strings.HasPrefix(text, "error: ") {
		want.Result = text
	} else if want.Result, err = libCanonicalJSON([]byte(text)); err != nil {
		return libExpected{}, fmt.Errorf("reading expected result %s: %w", c.Expected, err)
	}
	trace, err := os.ReadFile(c.Trace)
	switch {
	case err == nil:
		want.Trace = string(trace)
	case !errors.Is(err, os.ErrNotExist):
		return libExpected{}, fmt.Errorf("reading expected trace: %w", err)
	}
	return want, nil
}

func libWriteExpected(c libCase, o libOutcome) error {
	if err := os.WriteFile(c.Expected, []byte(o.Result()+"\n"), 0o644); err != nil {
		return fmt.Errorf("recording %s: %w", c.Name, err)
	}
	if o.TraceText() == "" {
		if err := os.Remove(c.Trace); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("recording %s: %w", c.Name, err)
		}
		return nil
	}
	if err := os.WriteFile(c.Trace, []byte(o.TraceText()), 0o644); err != nil {
		return fmt.Errorf("recording %s: %w", c.Name, err)
	}
	return nil
}

// libDiff describes how an outcome differs from the recorded one, or "".
func libDiff(got libOutcome, want libExpected) string {
	var b strings.Builder
	if got.Result() != want.Result {
		fmt.Fprintf(&b, "result: got %s\n        want %s\n", got.Result(), want.Result)
	}
	if got.TraceText() != want.Trace {
		fmt.Fprintf(&b, "traces: got %q\n        want %q\n", got.TraceText(), want.Trace)
	}
	if b.Len() > 0 && got.Detail != "" {
		fmt.Fprintf(&b, "evaluator output:\n%s", got.Detail)
	}
	return b.String()
}

func libRun(t *testing.T, r libRunner, libDir, casePath string) libOutcome {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), libCaseTimeout)
	defer cancel()
	out, err := r(ctx, libDir, casePath)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// libOurRunners lists the runners that evaluate the corpus against our lib.
// A runner for the in-process evaluator joins this list once it can run the
// lib.
var libOurRunners = []struct {
	name string
	run  libRunner
}{
	{"nix-instantiate", libNixInstantiate},
	{"evaluator", libGoEvaluator},
}

// libGoEvaluator runs a case with nix-k8s' own evaluator, as
// `nix-instantiate --eval --strict --json` would: evaluate, force deeply,
// print as JSON. The lib, the case's directory and the corpus are the
// allowed roots.
func libGoEvaluator(ctx context.Context, libDir, casePath string) (out libOutcome, err error) {
	absCase, err := filepath.Abs(casePath)
	if err != nil {
		return libOutcome{}, fmt.Errorf("locating %s: %w", casePath, err)
	}
	absLib, err := filepath.Abs(libDir)
	if err != nil {
		return libOutcome{}, fmt.Errorf("locating %s: %w", libDir, err)
	}
	corpus, err := filepath.Abs(filepath.Dir(libCasesDir))
	if err != nil {
		return libOutcome{}, fmt.Errorf("locating the corpus: %w", err)
	}
	var stderr bytes.Buffer
	ev := eval.New(ctx, eval.Options{
		Roots:  []string{absLib, filepath.Dir(absCase), corpus},
		Stderr: &stderr,
	})
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("evaluator panicked on %s: %v", casePath, p)
		}
	}()
	src := fmt.Sprintf("(import %s) (import %s)", libNixPath(absCase), libNixPath(absLib))
	v, evalErr := ev.EvalSource("case", []byte(src), filepath.Dir(absCase))
	if evalErr == nil {
		v, evalErr = ev.DeepForce(v)
	}
	var text string
	if evalErr == nil {
		text, evalErr = eval.ToJSON(ev, eval.Pos{}, v)
	}
	if ctx.Err() != nil {
		return libOutcome{}, fmt.Errorf("evaluating %s: %w", casePath, ctx.Err())
	}
	if evalErr != nil {
		diag := libHideCorpusDir(stderr.String() + evalErr.Error() + "\n")
		traces, msg := libParseDiagnostics(diag)
		return libOutcome{Failed: true, Error: msg, Traces: traces, Detail: diag}, nil
	}
	traces, _ := libParseDiagnostics(libHideCorpusDir(stderr.String()))
	canon, err := libCanonicalJSON([]byte(text))
	if err != nil {
		return libOutcome{}, fmt.Errorf("reading the evaluator's JSON for %s: %w", casePath, err)
	}
	return libOutcome{JSON: canon, Traces: traces, Detail: stderr.String()}, nil
}

func TestLib(t *testing.T) {
	requireNix(t)
	cases := loadLibCases(t)
	if len(cases) < 150 {
		t.Errorf("the lib corpus has %d cases, want at least 150", len(cases))
	}
	libDir := writtenLib(t)
	upstream := libNixpkgsDir(t)
	if updating() && upstream == "" {
		t.Fatal("-update records results of the real nixpkgs lib: set NIXPKGS_LIB to a checkout of nixpkgs' lib/")
	}
	t.Run("nixpkgs", func(t *testing.T) {
		if upstream == "" {
			t.Skip("NIXPKGS_LIB is unset: not re-running the corpus on the real nixpkgs lib; our lib is still compared with the results recorded from it in testdata/lib/expected")
		}
		for _, c := range cases {
			t.Run(c.Name, func(t *testing.T) {
				t.Parallel()
				got := libRun(t, libNixInstantiate, upstream, c.Path)
				if updating() {
					if err := libWriteExpected(c, got); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := libReadExpected(c)
				if err != nil {
					t.Fatalf("%v (record it with: NIXPKGS_LIB=... go test ./internal/module -run TestLib -update)", err)
				}
				if d := libDiff(got, want); d != "" {
					t.Errorf("the nixpkgs lib no longer gives the recorded result (rerun with -update):\n%s", d)
				}
			})
		}
	})
	for _, r := range libOurRunners {
		t.Run(r.name, func(t *testing.T) {
			for _, c := range cases {
				t.Run(c.Name, func(t *testing.T) {
					t.Parallel()
					want, err := libReadExpected(c)
					if err != nil {
						t.Fatalf("%v (record it with: NIXPKGS_LIB=... go test ./internal/module -run TestLib -update)", err)
					}
					got := libRun(t, r.run, libDir, c.Path)
					if d := libDiff(got, want); d != "" {
						t.Errorf("our lib differs from the nixpkgs lib:\n%s", d)
					}
				})
			}
		})
	}
}

// TestLibExpectedFilesHaveCases catches recorded results whose case was
// removed or renamed.
func TestLibExpectedFilesHaveCases(t *testing.T) {
	cases := loadLibCases(t)
	have := map[string]bool{}
	for _, c := range cases {
		have[c.Expected] = true
		have[c.Trace] = true
	}
	entries, err := os.ReadDir(libExpectedDir)
	if err != nil {
		t.Fatalf("reading %s: %v", libExpectedDir, err)
	}
	for _, e := range entries {
		p := filepath.Join(libExpectedDir, e.Name())
		if !have[p] {
			t.Errorf("%s has no case in %s", p, libCasesDir)
		}
	}
}

// TestLibParseDiagnostics pins the reading of Nix's stderr.
func TestLibParseDiagnostics(t *testing.T) {
	tests := []struct {
		name       string
		stderr     string
		wantTraces []string
		wantErr    string
	}{
		{"nothing", "", nil, ""},
		{"traces sorted", "trace: b\ntrace: a\n", []string{"trace: a", "trace: b"}, ""},
		{"multi-line trace", "trace: {\n  a = 1;\n}\n", []string{"trace: {\n  a = 1;\n}"}, ""},
		{
			"error after trace",
			"trace: t\nerror: something\n       went wrong\n\n       at /x.nix:1:2:\n",
			[]string{"trace: t"},
			"something went wrong",
		},
		{"assertion text dropped", "error: assertion '(x != y)' failed\n\n       at /x.nix:1:1:\n", nil, "assertion failed"},
		{"other quotes kept", "error: attribute 'x' missing\n", nil, "attribute 'x' missing"},
		{"colours dropped", "trace: \x1b[1;35mevaluation warning:\x1b[0m w\n", []string{"trace: evaluation warning: w"}, ""},
		{"show-trace hint dropped", "error: boom\n(use '--show-trace' to show detailed location information)\n", nil, "boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			traces, msg := libParseDiagnostics(tt.stderr)
			if strings.Join(traces, "|") != strings.Join(tt.wantTraces, "|") {
				t.Errorf("traces = %q, want %q", traces, tt.wantTraces)
			}
			if msg != tt.wantErr {
				t.Errorf("error = %q, want %q", msg, tt.wantErr)
			}
		})
	}
}

// TestLibUncoveredAttribute checks that a name the lib does not cover fails
// the way the nixpkgs lib fails for a missing name.
func TestLibUncoveredAttribute(t *testing.T) {
	requireNix(t)
	libDir := writtenLib(t)
	tests := []struct {
		name string
		expr string
		want string
	}{
		{"top level", "lib: lib.noSuchFunction", "attribute 'noSuchFunction' missing"},
		{"namespace", "lib: lib.strings.noSuchFunction", "attribute 'noSuchFunction' missing"},
		{"unknown namespace", "lib: lib.noSuchNamespace.x", "attribute 'noSuchNamespace' missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "case.nix")
			if err := os.WriteFile(p, []byte(tt.expr+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, r := range libOurRunners {
				got := libRun(t, r.run, libDir, p)
				if !got.Failed {
					t.Errorf("%s: %s evaluated to %s, want an error", r.name, tt.expr, got.JSON)
					continue
				}
				if got.Error != tt.want {
					t.Errorf("%s: %s failed with\n%s\nwant the message %q", r.name, tt.expr, got.Detail, tt.want)
				}
			}
		})
	}
}

// TestLibAbortOnWarn checks that warnings become errors under
// NIX_ABORT_ON_WARN, as with the nixpkgs lib (compared with it when
// NIXPKGS_LIB is set).
func TestLibAbortOnWarn(t *testing.T) {
	requireNix(t)
	libDir := writtenLib(t)
	upstream := libNixpkgsDir(t)
	tests := []struct {
		name      string
		expr      string
		env       string
		wantErr   string
		wantTrace string
	}{
		{
			name:      "abort",
			expr:      `lib: lib.warn "careful" 1`,
			env:       "NIX_ABORT_ON_WARN=1",
			wantErr:   "evaluation aborted with the following error message: 'NIX_ABORT_ON_WARN=true; warnings are treated as unrecoverable errors.'",
			wantTrace: "trace: evaluation warning: careful\n",
		},
		{
			name:      "abort on warnIf",
			expr:      `lib: lib.warnIf true "careful" 1`,
			env:       "NIX_ABORT_ON_WARN=yes",
			wantErr:   "evaluation aborted with the following error message: 'NIX_ABORT_ON_WARN=true; warnings are treated as unrecoverable errors.'",
			wantTrace: "trace: evaluation warning: careful\n",
		},
		{
			name:      "other values only warn",
			expr:      `lib: lib.warn "careful" 1`,
			env:       "NIX_ABORT_ON_WARN=0",
			wantTrace: "trace: evaluation warning: careful\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "case.nix")
			if err := os.WriteFile(p, []byte(tt.expr+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			r := libNixInstantiateEnv(tt.env)
			got := libRun(t, r, libDir, p)
			if tt.wantErr == "" {
				if got.Failed {
					t.Fatalf("%s failed: %s", tt.expr, got.Detail)
				}
			} else if !got.Failed || got.Error != tt.wantErr {
				t.Errorf("%s with %s: got %s, want error: %s", tt.expr, tt.env, got.Result(), tt.wantErr)
			}
			if got.TraceText() != tt.wantTrace {
				t.Errorf("%s with %s: traces %q, want %q", tt.expr, tt.env, got.TraceText(), tt.wantTrace)
			}
			if upstream != "" {
				ref := libRun(t, r, upstream, p)
				if ref.Result() != got.Result() || ref.TraceText() != got.TraceText() {
					t.Errorf("nixpkgs lib gives %s (traces %q), ours %s (traces %q)", ref.Result(), ref.TraceText(), got.Result(), got.TraceText())
				}
			}
		})
	}
}

// TestWriteLib checks that the embedded lib is complete: every file that
// lib.nix loads is embedded and written out.
func TestWriteLib(t *testing.T) {
	dir := writtenLib(t)
	files, err := LibFiles()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("the embedded lib has no files")
	}
	for _, f := range files {
		want, err := LibFS.ReadFile(LibRoot + "/" + f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
		if err != nil {
			t.Fatalf("written lib lacks %s: %v", f, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("written %s differs from the embedded one", f)
		}
	}
	// default.nix is lib.nix without the Go functions; lib.nix loads the
	// parts.
	def, err := LibFS.ReadFile(LibRoot + "/default.nix")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`import \./lib\.nix null`).Match(def) {
		t.Errorf("default.nix does not import lib.nix without the Go functions:\n%s", def)
	}
	main, err := LibFS.ReadFile(LibRoot + "/lib.nix")
	if err != nil {
		t.Fatal(err)
	}
	loaded := regexp.MustCompile(`\./([a-z-]+\.nix)`).FindAllStringSubmatch(string(main), -1)
	if len(loaded) < 9 {
		t.Fatalf("lib.nix loads %d files, want the lib's parts", len(loaded))
	}
	embedded := map[string]bool{}
	for _, f := range files {
		embedded[f] = true
	}
	for _, m := range loaded {
		if !embedded[m[1]] {
			t.Errorf("lib.nix loads %s, which is not embedded", m[1])
		}
	}
}

// TestLibDocsListCovered checks that docs/lib.md lists exactly the names
// the lib defines, namespace by namespace and at the top level (less the
// module system's names), so users can see what is covered.
func TestLibDocsListCovered(t *testing.T) {
	requireNix(t)
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "lib.md"))
	if err != nil {
		t.Fatalf("reading docs/lib.md: %v", err)
	}
	documented := libDocNamespaces(string(doc))
	const moduleNamespaces = `[ "options" "modules" "types" ]`
	tests := []struct {
		section string // "" for the top level
		names   string // Nix expression of lib listing the defined names
	}{
		{"", `let
			namespaces = [ "attrsets" "lists" "strings" "trivial" "fixedPoints" "versions" "asserts" "debug" "generators" ] ++ ` + moduleNamespaces + `;
			moduleNames = builtins.attrNames (lib.options // lib.modules // lib.types);
			skip = namespaces ++ moduleNames ++ [ "extend" ];
		in builtins.filter (n: !(builtins.elem n skip)) (builtins.attrNames lib)`},
		{"attrsets", "builtins.attrNames lib.attrsets"},
		{"lists", "builtins.attrNames lib.lists"},
		{"strings", "builtins.attrNames lib.strings"},
		{"trivial", "builtins.attrNames lib.trivial"},
		{"fixedPoints", "builtins.attrNames lib.fixedPoints"},
		{"versions", "builtins.attrNames lib.versions"},
		{"asserts", "builtins.attrNames lib.asserts"},
		{"debug", "builtins.attrNames lib.debug"},
		{"generators", "builtins.attrNames lib.generators"},
	}
	libDir := writtenLib(t)
	for _, tt := range tests {
		label := "lib." + tt.section
		if tt.section == "" {
			label = "lib"
		}
		t.Run(label, func(t *testing.T) {
			listed, ok := documented[tt.section]
			if !ok {
				t.Fatalf("docs/lib.md has no section \"### %s\"", label)
			}
			if len(listed) == 0 {
				t.Fatalf("docs/lib.md section %s lists no names", label)
			}
			p := filepath.Join(t.TempDir(), "names.nix")
			if err := os.WriteFile(p, []byte("lib: "+tt.names+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			got := libRun(t, libNixInstantiate, libDir, p)
			if got.Failed {
				t.Fatalf("listing %s: %s", label, got.Detail)
			}
			var names []string
			if err := json.Unmarshal([]byte(got.JSON), &names); err != nil {
				t.Fatal(err)
			}
			defined := map[string]bool{}
			for _, n := range names {
				defined[n] = true
				if !listed[n] {
					t.Errorf("%s.%s is defined but not listed in docs/lib.md", label, n)
				}
			}
			for n := range listed {
				if !defined[n] {
					t.Errorf("docs/lib.md lists %s.%s, which is not defined", label, n)
				}
			}
		})
	}
}

// libDocNamespaces reads the "### lib.NS" sections (and "### `lib`", the
// top level, as "") of docs/lib.md: each lists its names in backquotes on
// lines that start with a backquote.
func libDocNamespaces(doc string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	heading := regexp.MustCompile("^### `?lib(?:\\.([A-Za-z]+))?`?\\s*$")
	name := regexp.MustCompile("`([A-Za-z_][A-Za-z0-9_'-]*)`")
	var current map[string]bool
	for _, line := range strings.Split(doc, "\n") {
		if m := heading.FindStringSubmatch(line); m != nil {
			current = map[string]bool{}
			out[m[1]] = current
			continue
		}
		if strings.HasPrefix(line, "#") {
			current = nil
			continue
		}
		if current == nil || !strings.HasPrefix(line, "`") {
			continue
		}
		for _, m := range name.FindAllStringSubmatch(line, -1) {
			current[m[1]] = true
		}
	}
	return out
}

// TestLibCanonicalJSON pins how results from different runners are made
// comparable.
func TestLibCanonicalJSON(t *testing.T) {
	tests := []struct {
		in, want string
		wantErr  bool
	}{
		{in: `{"b":1,"a":[1.50,2]}`, want: `{"a":[1.50,2],"b":1}`},
		{in: " [ \"<&>\" , null ]\n", want: `["<&>",null]`},
		{in: `"\u00e9"`, want: `"é"`},
		{in: `{"a":1} {"b":2}`, wantErr: true},
		{in: `{"a":`, wantErr: true},
	}
	for _, tt := range tests {
		got, err := libCanonicalJSON([]byte(tt.in))
		if tt.wantErr {
			if err == nil {
				t.Errorf("libCanonicalJSON(%q) = %q, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("libCanonicalJSON(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

// TestLibNixPath checks that case and lib paths reach Nix intact.
func TestLibNixPath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/a/b.nix", "/a/b.nix"},
		{"/a b/c.nix", `(/. + "/a b/c.nix")`},
		{"/a/${x}", `(/. + "/a/\${x}")`},
	}
	for _, tt := range tests {
		if got := libNixPath(tt.in); got != tt.want {
			t.Errorf("libNixPath(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
