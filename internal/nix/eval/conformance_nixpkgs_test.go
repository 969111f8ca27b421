package eval_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// nixpkgsLibDir holds cases that run nixpkgs' own lib: each case is a
// function `lib: EXPR`, applied to `import $NIXPKGS_LIB` by both
// evaluators. It has its own DIFFERENCES file.
const nixpkgsLibDir = "../../../testdata/nix/nixpkgs-lib"

// TestConformanceNixpkgsLib compares our evaluator with real Nix on code
// that uses nixpkgs' lib (strings, lists, attrsets, fixed points,
// generators, the module system), as the next milestone needs. It needs
// a nixpkgs lib checkout in NIXPKGS_LIB and skips, saying so, without one.
func TestConformanceNixpkgsLib(t *testing.T) {
	libDir := os.Getenv("NIXPKGS_LIB")
	if libDir == "" {
		t.Skip("NIXPKGS_LIB is not set: point it at a checkout of nixpkgs' lib/ directory (for example the nix-community/nixpkgs.lib repository's lib/) to run the nixpkgs lib conformance cases")
	}
	libDir, err := filepath.Abs(libDir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(libDir, "default.nix")); err != nil {
		t.Fatalf("NIXPKGS_LIB=%s is not nixpkgs' lib/ directory (no default.nix): %v", libDir, err)
	}
	bin := requireNixInstantiate(t)
	root, err := filepath.Abs(nixpkgsLibDir)
	if err != nil {
		t.Fatal(err)
	}
	cases, err := conformanceCases(root)
	if err != nil {
		t.Fatal(err)
	}
	diffs, err := readDifferences(root)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(conformanceEnvVar, conformanceEnvValue)
	t.Setenv("NIX_PATH", "")
	// nixpkgs' lib reads files next to itself (../.version), so its parent
	// is a root too.
	roots := []string{root, filepath.Dir(libDir)}
	compareCases(t, cases, diffs,
		func(ctx context.Context, rel string) (outcome, error) {
			file := filepath.Join(root, filepath.FromSlash(rel))
			return runNixIn(ctx, bin, filepath.Dir(file), rel, "--expr", libCaseSource(file, libDir))
		},
		func(ctx context.Context, rel string) outcome {
			return runOurs(ctx, func(ctx context.Context) outcome {
				file := filepath.Join(root, filepath.FromSlash(rel))
				ev := eval.New(ctx, eval.Options{Roots: roots, AllowEnv: []string{conformanceEnvVar}, Stderr: io.Discard})
				v, err := ev.EvalSource("(expression)", []byte(libCaseSource(file, libDir)), filepath.Dir(file))
				return finishOurs(ev, v, err)
			})
		})
}

// libCaseSource is the expression both evaluators run for a case file.
func libCaseSource(file, libDir string) string {
	return fmt.Sprintf("(import %s) (import %s)", nixStringLiteral(file), nixStringLiteral(libDir))
}

// nixStringLiteral quotes s as a Nix string literal.
func nixStringLiteral(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "$", `\$`, "\n", `\n`, "\r", `\r`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`
}

func TestNixStringLiteral(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/a/b.nix", `"/a/b.nix"`},
		{`a"b\c`, `"a\"b\\c"`},
		{"${x} $y", `"\${x} \$y"`},
		{"tab\tnl\n", `"tab\tnl\n"`},
	}
	for _, tt := range tests {
		if got := nixStringLiteral(tt.in); got != tt.want {
			t.Errorf("nixStringLiteral(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// moduleCheck is one check of nixpkgs' lib/tests/modules.sh: an attribute
// of the configuration that the listed module files evaluate to.
type moduleCheck struct {
	line  int
	attr  string   // e.g. config.a."b c"
	files []string // e.g. ./declare-int.nix
}

// moduleTestDifferences lists module files of nixpkgs' tests whose checks
// are not compared, with the reason.
var moduleTestDifferences = map[string]string{
	"./import-from-store.nix": "imports a file written by builtins.toFile; nix-instantiate --readonly-mode (which keeps the harness from writing to the store) cannot read it back",
}

// The parts of modules.sh lines this test understands; others are skipped.
var (
	moduleCheckCmd  = regexp.MustCompile(`^(checkConfigOutput|checkConfigError)\s`)
	moduleFileArg   = regexp.MustCompile(`^\./[A-Za-z0-9._/-]+\.nix$`)
	moduleAttrIdent = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_'-]*$`)
)

// parseModuleChecks reads the checkConfigOutput/checkConfigError lines of
// modules.sh. Only the attribute and the module files are kept: the
// expected output is whatever real Nix prints. Lines using shell
// variables, list indexes or inline expressions are skipped.
func parseModuleChecks(script string) []moduleCheck {
	var checks []moduleCheck
	lines := strings.Split(script, "\n")
	for i := 0; i < len(lines); i++ {
		start := i
		text := strings.TrimSpace(lines[i])
		for strings.HasSuffix(text, `\`) && i+1 < len(lines) {
			i++
			text = strings.TrimSuffix(text, `\`) + " " + strings.TrimSpace(lines[i])
		}
		if !moduleCheckCmd.MatchString(text) {
			continue
		}
		words, ok := shellWords(text)
		if !ok || len(words) < 4 {
			continue
		}
		c := moduleCheck{line: start + 1, attr: words[2], files: words[3:]}
		if validModuleCheck(c) {
			checks = append(checks, c)
		}
	}
	return checks
}

func validModuleCheck(c moduleCheck) bool {
	for _, f := range c.files {
		if !moduleFileArg.MatchString(f) {
			return false
		}
	}
	for _, part := range strings.Split(c.attr, ".") {
		if !moduleAttrIdent.MatchString(part) {
			return false
		}
	}
	return true
}

// shellWords splits a simple shell command line into words, honouring
// single and double quotes. It reports false for anything it does not
// model (variables, substitutions, escapes outside quotes).
func shellWords(s string) ([]string, bool) {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, false
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == '"':
			j := i + 1
			for ; j < len(s) && s[j] != '"'; j++ {
				if s[j] == '\\' || s[j] == '$' || s[j] == '`' {
					return nil, false
				}
			}
			if j == len(s) {
				return nil, false
			}
			cur.WriteString(s[i+1 : j])
			i = j
			inWord = true
		case c == '$' || c == '`' || c == '\\' || c == '#' || c == ';' || c == '|' || c == '&' || c == '(' || c == ')':
			return nil, false
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, true
}

// TestConformanceNixpkgsModuleTests runs the checks of nixpkgs' own module
// system tests (lib/tests/modules.sh and its modules/ directory, read from
// NIXPKGS_LIB at test time) under both evaluators: each check's attribute
// must print the same JSON, or fail on both sides.
func TestConformanceNixpkgsModuleTests(t *testing.T) {
	libDir := os.Getenv("NIXPKGS_LIB")
	if libDir == "" {
		t.Skip("NIXPKGS_LIB is not set: point it at a checkout of nixpkgs' lib/ directory to run nixpkgs' module system tests under both evaluators")
	}
	libDir, err := filepath.Abs(libDir)
	if err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile(filepath.Join(libDir, "tests", "modules.sh"))
	if err != nil {
		t.Fatalf("reading nixpkgs' module tests (NIXPKGS_LIB=%s): %v", libDir, err)
	}
	bin := requireNixInstantiate(t)
	checks := parseModuleChecks(string(script))
	if len(checks) < 100 {
		t.Fatalf("found only %d usable checks in %s/tests/modules.sh; has its format changed?", len(checks), libDir)
	}
	dir := filepath.Join(libDir, "tests", "modules")
	byName := map[string]moduleCheck{}
	names := make([]string, 0, len(checks))
	diffs := map[string]string{}
	for _, c := range checks {
		name := fmt.Sprintf("modules.sh:%d:%s", c.line, c.attr)
		byName[name] = c
		names = append(names, name)
		for _, f := range c.files {
			if reason, ok := moduleTestDifferences[f]; ok {
				diffs[name] = reason
			}
		}
	}
	// nixpkgs' other lib test suites that Nix 2.8 can run: each evaluates
	// to the list of failed tests.
	for _, suite := range []string{"systems.nix"} {
		name := "tests/" + suite
		byName[name] = moduleCheck{attr: suite}
		names = append(names, name)
	}
	source := func(c moduleCheck) string {
		if c.files == nil {
			return "import ../" + c.attr
		}
		return fmt.Sprintf("(import ./default.nix { modules = [ %s ]; }).%s", strings.Join(c.files, " "), c.attr)
	}
	t.Setenv("NIX_PATH", "")
	roots := []string{filepath.Dir(libDir)}
	compareCases(t, names, diffs,
		func(ctx context.Context, name string) (outcome, error) {
			return runNixIn(ctx, bin, dir, name, "--expr", source(byName[name]))
		},
		func(ctx context.Context, name string) outcome {
			return runOurs(ctx, func(ctx context.Context) outcome {
				ev := eval.New(ctx, eval.Options{Roots: roots, Stderr: io.Discard})
				v, err := ev.EvalSource("(expression)", []byte(source(byName[name])), dir)
				return finishOurs(ev, v, err)
			})
		})
}

func TestParseModuleChecks(t *testing.T) {
	script := strings.Join([]string{
		`# comment`,
		`checkConfigOutput '^"one two"$' config.result ./shorthand-meta.nix`,
		`checkConfigError "not of type \` + "`" + `bool'" config ./a.nix`,
		`checkConfigOutput '^1$' config.a ./declare.nix ./define.nix`,
		`checkConfigOutput '^1$' config.list.0 ./declare.nix`,
		`checkConfigOutput '^1$' config.a "$@"`,
		`checkConfigOutput '^true$' config.x \`,
		`  ./multi-line.nix`,
		`  checkConfigError 'err' config.y ./indented.nix`,
	}, "\n")
	got := parseModuleChecks(script)
	want := []moduleCheck{
		{line: 2, attr: "config.result", files: []string{"./shorthand-meta.nix"}},
		{line: 4, attr: "config.a", files: []string{"./declare.nix", "./define.nix"}},
		{line: 7, attr: "config.x", files: []string{"./multi-line.nix"}},
		{line: 9, attr: "config.y", files: []string{"./indented.nix"}},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("parseModuleChecks:\n got %v\nwant %v", got, want)
	}
}

// networkCheck matches the expectSuccess/expectFailure lines of nixpkgs'
// lib/tests/network.sh.
var networkCheck = regexp.MustCompile(`^(expectSuccess|expectSuccessRegex|expectFailure)\s`)

// parseNetworkChecks returns the Nix expression of every check of
// network.sh, keyed by "network.sh:LINE". The expected results are
// ignored: real Nix is the reference.
func parseNetworkChecks(script string) map[string]string {
	checks := map[string]string{}
	for i, line := range strings.Split(script, "\n") {
		text := strings.TrimSpace(line)
		if !networkCheck.MatchString(text) {
			continue
		}
		words, ok := shellWords(text)
		if !ok || len(words) < 2 {
			continue
		}
		checks[fmt.Sprintf("network.sh:%d", i+1)] = words[1]
	}
	return checks
}

// TestConformanceNixpkgsNetworkTests runs the expressions of nixpkgs'
// lib/tests/network.sh (read from NIXPKGS_LIB at test time) under both
// evaluators, in the scope that script gives them.
func TestConformanceNixpkgsNetworkTests(t *testing.T) {
	libDir := os.Getenv("NIXPKGS_LIB")
	if libDir == "" {
		t.Skip("NIXPKGS_LIB is not set: point it at a checkout of nixpkgs' lib/ directory to run nixpkgs' network tests under both evaluators")
	}
	libDir, err := filepath.Abs(libDir)
	if err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile(filepath.Join(libDir, "tests", "network.sh"))
	if err != nil {
		t.Fatalf("reading nixpkgs' network tests (NIXPKGS_LIB=%s): %v", libDir, err)
	}
	bin := requireNixInstantiate(t)
	checks := parseNetworkChecks(string(script))
	if len(checks) < 30 {
		t.Fatalf("found only %d usable checks in %s/tests/network.sh; has its format changed?", len(checks), libDir)
	}
	names := make([]string, 0, len(checks))
	for name := range checks {
		names = append(names, name)
	}
	sort.Strings(names)
	prefix := fmt.Sprintf("let lib = import %s; internal = import %s { inherit lib; }; in with lib; with lib.network; ",
		nixStringLiteral(libDir), nixStringLiteral(filepath.Join(libDir, "network", "internal.nix")))
	dir := t.TempDir()
	t.Setenv("NIX_PATH", "")
	roots := []string{filepath.Dir(libDir), dir}
	compareCases(t, names, nil,
		func(ctx context.Context, name string) (outcome, error) {
			return runNixIn(ctx, bin, dir, name, "--expr", prefix+"("+checks[name]+")")
		},
		func(ctx context.Context, name string) outcome {
			return runOurs(ctx, func(ctx context.Context) outcome {
				ev := eval.New(ctx, eval.Options{Roots: roots, Stderr: io.Discard})
				v, err := ev.EvalSource("(expression)", []byte(prefix+"("+checks[name]+")"), dir)
				return finishOurs(ev, v, err)
			})
		})
}

func TestParseNetworkChecks(t *testing.T) {
	script := "expectSuccess() {\n" +
		"expectSuccess '(internal._ipv6.split \"::\").address' '[0,0,0,0,0,0,0,0]'\n" +
		"  expectFailure 'ipv6.fromString \"x\"' 'is not a valid'\n" +
		"# expectSuccess 'commented' '1'\n"
	got := parseNetworkChecks(script)
	want := map[string]string{
		"network.sh:2": `(internal._ipv6.split "::").address`,
		"network.sh:3": `ipv6.fromString "x"`,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("parseNetworkChecks = %v, want %v", got, want)
	}
}
