package module

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// The module corpus lives in testdata/modules/cases: either NAME.nix or
// NAME/case.nix, a file of the form `{ lib }: <expression>`. Its value
// (usually `(lib.evalModules { ... }).config`) is evaluated strictly to JSON.
// A heading comment `# diverges: <reason>` marks a case where our engine
// deliberately differs from nixpkgs; `# no-position: <reason>` one whose
// error cannot place a definition at file:line:col.
//
// Golden files in testdata/modules/golden:
//
//	NAME.json         expected value, recorded from nixpkgs
//	NAME.nixpkgs.err  first line of the nixpkgs error, for failing cases
//	NAME.ours.err     our full error message (with file:line:col)
//	NAME.ours.json    our value, only for diverging cases
const (
	casesDir  = "testdata/modules/cases"
	goldenDir = "testdata/modules/golden"
)

// result is what one evaluator made of one case.
type result struct {
	OK   bool
	JSON string // canonical JSON when OK
	Err  string // normalised error message when !OK
}

// firstLine is the error's first line without our `:line:col` additions, the
// part compared with nixpkgs.
func (r result) firstLine() string {
	line, _, _ := strings.Cut(r.Err, "\n")
	return stripLineCol(line)
}

func (r result) String() string {
	if r.OK {
		return "value " + r.JSON
	}
	return "error: " + r.Err
}

// runner evaluates a case's expression with some `lib`. Today both runners
// are nix-instantiate (with our lib and with nixpkgs' lib); the Go evaluator
// becomes a third implementation of this interface.
type runner interface {
	name() string
	eval(ctx context.Context, c testCase) (result, error)
}

type testCase struct {
	name       string
	file       string // absolute path of the case expression
	diverges   string // reason, when our engine deliberately differs
	noPosition string // reason, when our error cannot place a definition
}

// nixRunner runs nix-instantiate on `import case { lib = <libExpr>; }`.
type nixRunner struct {
	label   string
	libExpr string
	libDir  string // shown as <lib> in messages
}

func (n nixRunner) name() string { return n.label }

func (n nixRunner) eval(ctx context.Context, c testCase) (result, error) {
	expr := fmt.Sprintf("let lib = %s; in import %s { inherit lib; }", n.libExpr, c.file)
	ctx, cancel := context.WithTimeout(ctx, 120*time.Second)
	defer cancel()
	run, err := nixInstantiate(ctx, expr, []string{"--json"}, []string{"NIX_PATH="})
	if err != nil {
		return result{}, fmt.Errorf("evaluating %s with %s: running nix-instantiate: %w", c.name, n.label, err)
	}
	if run.Failed {
		return result{Err: normaliseNixError(run.Stderr, filepath.Dir(c.file), n.libDir)}, nil
	}
	canon, err := modulesCanonicalJSON([]byte(run.Stdout))
	if err != nil {
		return result{}, fmt.Errorf("reading the JSON of %s from %s: %w", c.name, n.label, err)
	}
	return result{OK: true, JSON: canon}, nil
}

// modulesCanonicalJSON is canonicalJSON as the module corpus' golden files
// record it: <, > and & escaped.
func modulesCanonicalJSON(data []byte) (string, error) { return canonicalJSON(data, true) }

var (
	lineColRe   = regexp.MustCompile(`:\d+:\d+'`)
	caseRootAbs string
)

func stripLineCol(s string) string { return lineColRe.ReplaceAllString(s, "'") }

// normaliseNixError turns nix-instantiate's stderr into the bare message:
// no "error: " prefix, no continuation indent, no trace lines, and paths made
// relative to the corpus so golden files do not depend on the checkout.
func normaliseNixError(stderr, caseDir, libDir string) string {
	var lines []string
	for _, l := range strings.Split(stderr, "\n") {
		switch {
		case strings.HasPrefix(l, "trace: "):
			continue
		case strings.HasPrefix(l, "(use '--show-trace'"):
			continue
		case strings.HasPrefix(strings.TrimLeft(l, " "), "… "):
			continue
		case strings.HasPrefix(l, "error: "):
			l = strings.TrimPrefix(l, "error: ")
		default:
			l = strings.TrimPrefix(l, "       ")
		}
		lines = append(lines, strings.TrimRight(l, " \t"))
	}
	msg := strings.TrimSpace(strings.Join(lines, "\n"))
	msg = strings.ReplaceAll(msg, caseDir+"/", "<case>/")
	msg = strings.ReplaceAll(msg, caseRootAbs+"/", "<cases>/")
	if libDir != "" {
		msg = strings.ReplaceAll(msg, libDir+"/", "<lib>/")
	}
	return dropLibExcerpts(msg)
}

var excerptLineRe = regexp.MustCompile(`^\s*\d*\|`)

// dropLibExcerpts removes the source excerpts Nix prints for errors raised
// inside the lib (`at <lib>/modules.nix:L:C:` and the numbered lines after
// it): they move with every edit of the lib and say nothing about the case.
func dropLibExcerpts(msg string) string {
	var out []string
	skipping := false
	for _, l := range strings.Split(msg, "\n") {
		switch {
		case strings.HasPrefix(l, "at <lib>/"):
			skipping = true
			continue
		case skipping && (excerptLineRe.MatchString(l) || strings.TrimSpace(l) == ""):
			continue
		}
		skipping = false
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

var (
	divergesRe   = regexp.MustCompile(`^#\s*diverges:\s*(.+)`)
	noPositionRe = regexp.MustCompile(`^#\s*no-position:\s*(.+)`)
	// A definition listed in an error: "- In `file'" (nixpkgs) or
	// "- In `file:line:col'" (ours, where the attribute is known).
	defLineRe    = regexp.MustCompile("^- In `([^']*)'")
	positionedRe = regexp.MustCompile(`:\d+:\d+$`)
)

// unpositionedDefinitions lists the definitions of an error message that
// carry no file:line:col.
func unpositionedDefinitions(msg string) []string {
	var out []string
	for _, l := range strings.Split(msg, "\n") {
		if m := defLineRe.FindStringSubmatch(l); m != nil && !positionedRe.MatchString(m[1]) {
			out = append(out, l)
		}
	}
	return out
}

func loadCases(t testing.TB) []testCase {
	t.Helper()
	entries, err := os.ReadDir(casesDir)
	if err != nil {
		t.Fatalf("reading the module corpus: %v", err)
	}
	var cases []testCase
	for _, e := range entries {
		var name, file string
		switch {
		case e.IsDir():
			name, file = e.Name(), filepath.Join(casesDir, e.Name(), "case.nix")
		case strings.HasSuffix(e.Name(), ".nix"):
			name, file = strings.TrimSuffix(e.Name(), ".nix"), filepath.Join(casesDir, e.Name())
		default:
			continue
		}
		abs, err := filepath.Abs(file)
		if err != nil {
			t.Fatalf("resolving %s: %v", file, err)
		}
		src, err := os.ReadFile(abs)
		if err != nil {
			t.Fatalf("reading case %s: %v", name, err)
		}
		c := testCase{name: name, file: abs}
		// Markers live in the comment lines heading the case.
		for _, line := range strings.Split(string(src), "\n") {
			if !strings.HasPrefix(line, "#") {
				break
			}
			if m := divergesRe.FindStringSubmatch(line); m != nil {
				c.diverges = strings.TrimSpace(m[1])
			}
			if m := noPositionRe.FindStringSubmatch(line); m != nil {
				c.noPosition = strings.TrimSpace(m[1])
			}
		}
		cases = append(cases, c)
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].name < cases[j].name })
	return cases
}

func init() {
	if abs, err := filepath.Abs(casesDir); err == nil {
		caseRootAbs = abs
	}
}

// goRunner evaluates a case in process with our Go evaluator and our lib:
// with native set, as nix-k8s does (LoadBuiltinLib: the lib with its Go
// functions), otherwise as `import libDir`, all in Nix.
type goRunner struct {
	libExpr string
	libDir  string
	native  bool
}

func (g goRunner) name() string {
	if g.native {
		return "go-evaluator-native"
	}
	return "go-evaluator"
}

func (g goRunner) eval(ctx context.Context, c testCase) (result, error) {
	ctx, cancel := context.WithTimeout(ctx, 120*time.Second)
	defer cancel()
	ev := eval.New(ctx, eval.Options{
		Roots:      []string{g.libDir, caseRootAbs},
		Stderr:     io.Discard,
		SearchPath: map[string]string{},
	})
	var v eval.Value
	var err error
	if g.native {
		var lib, fn eval.Value
		lib, err = LoadBuiltinLib(ev, g.libDir)
		if err == nil {
			fn, err = ev.EvalFile(c.file)
		}
		if err == nil {
			v, err = ev.Call(eval.Pos{}, fn, eval.NewAttrs([]eval.Attr{{Name: "lib", Value: lib}}))
		}
	} else {
		expr := fmt.Sprintf("let lib = %s; in import %s { inherit lib; }", g.libExpr, c.file)
		v, err = ev.EvalSource(eval.ExprFileName, []byte(expr), filepath.Dir(c.file))
	}
	if err == nil {
		v, err = ev.DeepForce(v)
	}
	var out string
	if err == nil {
		out, err = eval.ToJSON(ev, eval.Pos{}, v)
	}
	if err != nil {
		if ctx.Err() != nil {
			return result{}, fmt.Errorf("evaluating %s with the Go evaluator: %w", c.name, ctx.Err())
		}
		return result{Err: normaliseNixError(err.Error(), filepath.Dir(c.file), g.libDir)}, nil
	}
	canon, err := modulesCanonicalJSON([]byte(out))
	if err != nil {
		return result{}, fmt.Errorf("reading the JSON of %s from the Go evaluator: %w", c.name, err)
	}
	return result{OK: true, JSON: canon}, nil
}

// oursRunner evaluates with our library: the embedded lib as the binary
// ships it, written to a temporary directory.
func oursRunner(t testing.TB, tmp string) runner {
	t.Helper()
	dir, err := WriteLib(filepath.Join(tmp, "lib"))
	if err != nil {
		t.Fatalf("writing our lib: %v", err)
	}
	return nixRunner{label: "ours", libExpr: "(import " + dir + ")", libDir: dir}
}

func nixpkgsRunner() (runner, bool) {
	dir := nixpkgsLibEnv()
	if dir == "" {
		return nil, false
	}
	return nixRunner{label: "nixpkgs", libExpr: fmt.Sprintf("(import %s)", dir), libDir: dir}, true
}

func goldenPath(name, suffix string) string { return filepath.Join(goldenDir, name+suffix) }

func readGolden(name, suffix string) (string, bool) {
	data, err := os.ReadFile(goldenPath(name, suffix))
	if err != nil {
		return "", false
	}
	return strings.TrimSuffix(string(data), "\n"), true
}

func writeGolden(t *testing.T, name, suffix, content string) {
	t.Helper()
	if err := os.MkdirAll(goldenDir, 0o755); err != nil {
		t.Fatalf("creating %s: %v", goldenDir, err)
	}
	if err := os.WriteFile(goldenPath(name, suffix), []byte(content+"\n"), 0o644); err != nil {
		t.Fatalf("writing golden %s%s: %v", name, suffix, err)
	}
}

func removeGolden(name, suffix string) { _ = os.Remove(goldenPath(name, suffix)) }

// recordExpected stores what nixpkgs made of a case.
func recordExpected(t *testing.T, c testCase, r result) {
	t.Helper()
	if r.OK {
		writeGolden(t, c.name, ".json", r.JSON)
		removeGolden(c.name, ".nixpkgs.err")
		return
	}
	writeGolden(t, c.name, ".nixpkgs.err", r.firstLine())
	removeGolden(c.name, ".json")
}

// expected is the recorded nixpkgs result of a case.
func expected(t *testing.T, c testCase) result {
	t.Helper()
	if js, ok := readGolden(c.name, ".json"); ok {
		return result{OK: true, JSON: js}
	}
	if msg, ok := readGolden(c.name, ".nixpkgs.err"); ok {
		return result{Err: msg}
	}
	t.Fatalf("case %s has no recorded nixpkgs result; record it with NIXPKGS_LIB=/path/to/nixpkgs/lib go test ./internal/module -run TestModuleCorpus -update", c.name)
	return result{}
}

// agree tells whether two results match: the same value, or both failing
// with the same first line (our `:line:col` additions removed).
func agree(a, b result) bool {
	if a.OK != b.OK {
		return false
	}
	if a.OK {
		return a.JSON == b.JSON
	}
	return a.firstLine() == b.firstLine()
}

var (
	evalCacheMu sync.Mutex
	evalCache   = map[string]map[string]result{}
)

// evalAll evaluates the cases with a runner, a few at a time. Results are
// kept per runner for the life of the test binary, so the corpus test and
// the comparison report evaluate each case once.
func evalAll(t testing.TB, r runner, cases []testCase) map[string]result {
	t.Helper()
	evalCacheMu.Lock()
	defer evalCacheMu.Unlock()
	if got, ok := evalCache[r.name()]; ok && len(got) == len(cases) {
		return got
	}
	out := make(map[string]result, len(cases))
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	var firstErr error
	for _, c := range cases {
		wg.Add(1)
		go func(c testCase) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			res, err := r.eval(context.Background(), c)
			mu.Lock()
			defer mu.Unlock()
			if err != nil && firstErr == nil {
				firstErr = err
			}
			out[c.name] = res
		}(c)
	}
	wg.Wait()
	if firstErr != nil {
		t.Fatalf("evaluating the corpus with %s: %v", r.name(), firstErr)
	}
	evalCache[r.name()] = out
	return out
}

func TestModuleCorpusSize(t *testing.T) {
	cases := loadCases(t)
	if len(cases) < 120 {
		t.Errorf("the module corpus has %d cases, want at least 120", len(cases))
	}
}

// TestModuleCorpus evaluates every case with our lib and checks it against
// nixpkgs: live when NIXPKGS_LIB is set, else against the results recorded
// from nixpkgs. Failing cases also check our full message, positions
// included, against a golden file.
func TestModuleCorpus(t *testing.T) {
	requireNix(t)
	cases := loadCases(t)
	ours := evalAll(t, oursRunner(t, t.TempDir()), cases)
	var theirs map[string]result
	nixpkgs, live := nixpkgsRunner()
	if live {
		theirs = evalAll(t, nixpkgs, cases)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ours[c.name]
			t.Run("nixpkgs", func(t *testing.T) {
				if !live {
					t.Skip("NIXPKGS_LIB is not set: not evaluating with the real nixpkgs lib; our results are checked against the recorded nixpkgs results instead")
				}
				real := theirs[c.name]
				if updating() {
					recordExpected(t, c, real)
				} else if rec := expected(t, c); !agree(rec, real) {
					t.Errorf("nixpkgs result differs from the recorded one (re-record with -update):\nrecorded: %s\nnixpkgs:  %s", rec, real)
				}
				if c.diverges == "" && !agree(got, real) {
					t.Errorf("our lib and nixpkgs disagree:\nours:    %s\nnixpkgs: %s", got, real)
				}
			})
			t.Run("ours", func(t *testing.T) {
				if c.diverges != "" {
					checkOursGolden(t, c, got, true)
					return
				}
				want := expected(t, c)
				if !agree(got, want) {
					t.Errorf("our lib disagrees with the recorded nixpkgs result:\nours:     %s\nexpected: %s", got, want)
				}
				if bare := unpositionedDefinitions(got.Err); len(bare) > 0 && c.noPosition == "" {
					t.Errorf("our error lists definitions without file:line:col (mark the case `# no-position: <reason>' if that is right):\n%s", strings.Join(bare, "\n"))
				}
				checkOursGolden(t, c, got, false)
			})
		})
	}
}

// checkOursGolden compares our full error message (and, for diverging
// cases, our value) with golden files.
func checkOursGolden(t *testing.T, c testCase, got result, diverging bool) {
	t.Helper()
	if updating() {
		if got.OK {
			removeGolden(c.name, ".ours.err")
			if diverging {
				writeGolden(t, c.name, ".ours.json", got.JSON)
			}
		} else {
			writeGolden(t, c.name, ".ours.err", got.Err)
			removeGolden(c.name, ".ours.json")
		}
		return
	}
	if got.OK {
		if !diverging {
			return
		}
		want, ok := readGolden(c.name, ".ours.json")
		if !ok {
			t.Fatalf("diverging case %s has no %s.ours.json; run with -update", c.name, c.name)
		}
		if got.JSON != want {
			t.Errorf("value differs from golden:\ngot:  %s\nwant: %s", got.JSON, want)
		}
		return
	}
	want, ok := readGolden(c.name, ".ours.err")
	if !ok {
		t.Fatalf("case %s failed but has no %s.ours.err golden (run with -update): %s", c.name, c.name, got.Err)
	}
	if got.Err != want {
		t.Errorf("error message differs from golden:\ngot:\n%s\nwant:\n%s", got.Err, want)
	}
}

// TestModulesCompareReport prints how many cases agree between our lib and
// the real nixpkgs lib; scripts/modules-compare runs it.
func TestModulesCompareReport(t *testing.T) {
	nixpkgs, live := nixpkgsRunner()
	if !live {
		t.Skip("NIXPKGS_LIB is not set: the comparison report needs the real nixpkgs lib")
	}
	requireNix(t)
	cases := loadCases(t)
	our := oursRunner(t, t.TempDir())
	ours := evalAll(t, our, cases)
	theirs := evalAll(t, nixpkgs, cases)
	var goResults map[string]result
	if r, ok := our.(nixRunner); ok {
		goResults = evalAll(t, goRunner{libExpr: r.libExpr, libDir: r.libDir, native: true}, cases)
	}
	agreeing, diverging, goAgreeing := 0, 0, 0
	var report strings.Builder
	for _, c := range cases {
		o, n := ours[c.name], theirs[c.name]
		if g, ok := goResults[c.name]; ok {
			if agree(g, n) || (c.diverges != "" && agree(g, o)) {
				goAgreeing++
			} else {
				fmt.Fprintf(&report, "GO-EVALUATOR DISAGREES %s\n  go:      %s\n  nixpkgs: %s\n", c.name, g, n)
			}
		}
		switch {
		case agree(o, n):
			agreeing++
		case c.diverges != "":
			diverging++
			fmt.Fprintf(&report, "DIVERGES (deliberate) %s: %s\n  ours:    %s\n  nixpkgs: %s\n", c.name, c.diverges, o, n)
		default:
			fmt.Fprintf(&report, "DISAGREE %s\n  ours:    %s\n  nixpkgs: %s\n", c.name, o, n)
		}
	}
	if goResults != nil {
		fmt.Fprintf(&report, "Go evaluator with our lib: %d/%d cases as expected\n", goAgreeing, len(cases))
	}
	fmt.Fprintf(&report, "%d/%d cases agree (%d deliberate divergences)\n", agreeing, len(cases), diverging)
	t.Log("\n" + report.String())
	if agreeing+diverging != len(cases) {
		t.Errorf("%d cases disagree with nixpkgs", len(cases)-agreeing-diverging)
	}
}

// TestNormaliseNixError pins the stderr normalisation the corpus relies on.
func TestNormaliseNixError(t *testing.T) {
	tests := []struct {
		name, stderr, want string
	}{
		{
			name:   "continuation lines lose the indent",
			stderr: "error: A definition for option `a' is not of type `string'. Definition values:\n       - In `/x/case.nix:3:5': 1\n(use '--show-trace' to show detailed location information)\n",
			want:   "A definition for option `a' is not of type `string'. Definition values:\n- In `<case>/case.nix:3:5': 1",
		},
		{
			name:   "excerpts of lib code are dropped",
			stderr: "error: infinite recursion encountered\n\n       at /lib/modules.nix:429:16:\n\n          428|         leaf = true;\n          429|         inherit value;\n             |                ^\n          430|         option =\n",
			want:   "infinite recursion encountered",
		},
		{
			name:   "excerpts of case code are kept",
			stderr: "error: boom\n\n       at /x/case.nix:2:3:\n\n            2|   a = 1;\n",
			want:   "boom\n\nat <case>/case.nix:2:3:\n\n     2|   a = 1;",
		},
		{
			name:   "trace lines are dropped",
			stderr: "trace: Obsolete option\nerror: boom\n",
			want:   "boom",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normaliseNixError(tt.stderr, "/x", "/lib"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestUnpositionedDefinitions(t *testing.T) {
	tests := []struct {
		name, msg string
		want      int
	}{
		{"positioned", "A definition ... values:\n- In `/a/b.nix:3:5': 1\n- In `/a/c.nix:10:1': 2", 0},
		{"file only", "A definition ... values:\n- In `<unknown-file>': 1", 1},
		{"mixed", "x\n- In `/a/b.nix:3:5': 1\n- In `/a/c.nix': 2", 1},
		{"no listing", "infinite recursion encountered", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unpositionedDefinitions(tt.msg); len(got) != tt.want {
				t.Errorf("unpositionedDefinitions = %q, want %d lines", got, tt.want)
			}
		})
	}
}

func TestAgreeStripsOurPositions(t *testing.T) {
	tests := []struct {
		name string
		a, b result
		want bool
	}{
		{"same value", result{OK: true, JSON: `{"a":1}`}, result{OK: true, JSON: `{"a":1}`}, true},
		{"different value", result{OK: true, JSON: `{"a":1}`}, result{OK: true, JSON: `{"a":2}`}, false},
		{"success vs failure", result{OK: true, JSON: `1`}, result{Err: "x"}, false},
		{"first line with position", result{Err: "The option `a.b' does not exist. In `f.nix:3:4'\nmore"}, result{Err: "The option `a.b' does not exist. In `f.nix'\nother"}, true},
		{"different first line", result{Err: "The option `a' does not exist."}, result{Err: "The option `b' does not exist."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := agree(tt.a, tt.b); got != tt.want {
				t.Errorf("agree(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// TestModuleCorpusGoEvaluator evaluates every case with our Go evaluator
// and our lib: values must equal the recorded nixpkgs results and failures
// must fail alike (first line of the message); diverging cases must match
// our own recorded result.
func TestModuleCorpusGoEvaluator(t *testing.T) {
	cases := loadCases(t)
	r, ok := oursRunner(t, t.TempDir()).(nixRunner)
	if !ok {
		t.Fatal("our lib runner is not a nix-instantiate runner")
	}
	for _, native := range []bool{true, false} {
		g := goRunner{libExpr: r.libExpr, libDir: r.libDir, native: native}
		got := evalAll(t, g, cases)
		t.Run(g.name(), func(t *testing.T) {
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					want := expectedForOurs(t, c)
					if g := got[c.name]; !agree(g, want) {
						t.Errorf("the Go evaluator disagrees:\ngo:       %s\nexpected: %s", g, want)
					}
				})
			}
		})
	}
}

// expectedForOurs is what our lib must give for a case: the recorded
// nixpkgs result, or for a diverging case our own recorded result.
func expectedForOurs(t *testing.T, c testCase) result {
	t.Helper()
	if c.diverges == "" {
		return expected(t, c)
	}
	if js, ok := readGolden(c.name, ".ours.json"); ok {
		return result{OK: true, JSON: js}
	}
	if msg, ok := readGolden(c.name, ".ours.err"); ok {
		return result{Err: msg}
	}
	t.Fatalf("diverging case %s has neither %s.ours.json nor %s.ours.err; run with -update", c.name, c.name, c.name)
	return result{}
}

// BenchmarkModulesGoEvaluator evaluates 200 app-like submodule entries of
// the shared workload (benchapps_test.go) with our Go evaluator and our lib;
// bench/modules.sh times the same workload at 1,000 entries.
func BenchmarkModulesGoEvaluator(b *testing.B) {
	tmp := b.TempDir()
	r, ok := oursRunner(b, tmp).(nixRunner)
	if !ok {
		b.Fatal("our lib runner is not a nix-instantiate runner")
	}
	_, entry := writeBenchApps(b, tmp, 200)
	expr := fmt.Sprintf("import %s %s", entry, r.libExpr)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ev := eval.New(context.Background(), eval.Options{Roots: []string{tmp}, Stderr: io.Discard, SearchPath: map[string]string{}})
		v, err := ev.EvalSource(eval.ExprFileName, []byte(expr), tmp)
		if err == nil {
			_, err = ev.DeepForce(v)
		}
		if err != nil {
			b.Fatalf("evaluating the apps: %v", err)
		}
	}
}
