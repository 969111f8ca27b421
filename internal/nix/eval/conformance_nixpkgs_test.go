package eval_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
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
	bin, err := exec.LookPath("nix-instantiate")
	if err != nil {
		t.Fatal("nix-instantiate not found on PATH: the conformance test compares our evaluator with real Nix; install Debian's nix-bin (apt-get install -y nix-bin)")
	}
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
