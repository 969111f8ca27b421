package cli

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalModules runs `eval --modules` on the module API corpus and
// compares its output byte for byte with nix-instantiate evaluating the
// same evalModules call with the built-in lib's source.
func TestEvalModules(t *testing.T) {
	if _, err := exec.LookPath("nix-instantiate"); err != nil {
		t.Fatalf("nix-instantiate is required (apt-get install -y nix-bin): %v", err)
	}
	t.Setenv("NIXPKGS_LIB", "")
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir, err := filepath.Abs("../module/testdata/api/cases/ok-apps")
	if err != nil {
		t.Fatal(err)
	}
	lib, err := filepath.Abs("../module/nixlib")
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.nix"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no module files in %s: %v", dir, err)
	}
	expr := "(let lib = import " + lib + "; in lib.evalModules { modules = [ " + strings.Join(files, " ") + " ]; }).config"
	for _, tt := range []struct {
		name string
		flag []string
	}{{"json", []string{"--json"}}, {"strict", nil}} {
		t.Run(tt.name, func(t *testing.T) {
			nixArgs := append([]string{"--readonly-mode", "--eval", "--strict"}, tt.flag...)
			cmd := exec.Command("nix-instantiate", append(nixArgs, "-E", expr)...)
			cmd.Env = append(os.Environ(), "NIX_PATH=")
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("nix-instantiate: %v", err)
			}
			// Flags after the files are accepted too.
			args := append(append([]string{files[0]}, tt.flag...), files[1:]...)
			var out, errw bytes.Buffer
			if code := runEvalModules(context.Background(), args, IO{Out: &out, Err: &errw}); code != 0 {
				t.Fatalf("exit %d: %s", code, errw.String())
			}
			if out.String() != string(want) {
				t.Errorf("output differs from nix-instantiate:\ngot:  %q\nwant: %q", out.String(), want)
			}
		})
	}
}

// TestEvalModulesSpecialArgs passes string specialArgs and compares with
// nix-instantiate given the same specialArgs.
func TestEvalModulesSpecialArgs(t *testing.T) {
	if _, err := exec.LookPath("nix-instantiate"); err != nil {
		t.Fatalf("nix-instantiate is required (apt-get install -y nix-bin): %v", err)
	}
	t.Setenv("NIXPKGS_LIB", "")
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	file, err := filepath.Abs("../module/testdata/api/cases/ok-special-args/a.nix")
	if err != nil {
		t.Fatal(err)
	}
	lib, err := filepath.Abs("../module/nixlib")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("nix-instantiate", "--readonly-mode", "--eval", "--strict", "--json", "-E",
		"(let lib = import "+lib+"; in lib.evalModules { modules = [ "+file+" ]; specialArgs = { team = \"a=b\"; region = \"eu\"; }; }).config")
	cmd.Env = append(os.Environ(), "NIX_PATH=")
	want, err := cmd.Output()
	if err != nil {
		t.Fatalf("nix-instantiate: %v", err)
	}
	var out, errw bytes.Buffer
	args := []string{"--json", "--special-argstr", "team=a=b", "--special-argstr", "region=eu", file}
	if code := runEvalModules(context.Background(), args, IO{Out: &out, Err: &errw}); code != 0 {
		t.Fatalf("exit %d: %s", code, errw.String())
	}
	if out.String() != string(want) {
		t.Errorf("got %s, want %s", out.String(), want)
	}
	errw.Reset()
	if code := runEvalModules(context.Background(), []string{"--special-argstr", "team", file}, IO{Out: &out, Err: &errw}); code != 2 {
		t.Errorf("--special-argstr without = : exit %d, want 2", code)
	}
}

func TestEvalModulesErrors(t *testing.T) {
	t.Setenv("NIXPKGS_LIB", "")
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	typeCase, err := filepath.Abs("../module/testdata/api/cases/err-type")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want []string // substrings of stderr
	}{
		{
			name: "type error names file:line:col, option, code and fix",
			args: []string{filepath.Join(typeCase, "a-decl.nix"), filepath.Join(typeCase, "b-apps.nix")},
			code: 1,
			want: []string{typeCase + "/b-apps.nix:3:5: error: A definition for option `apps.api.replicas'", "option: apps.api.replicas", "code:   module/type", "fix:    give `apps.api.replicas' a value of type"},
		},
		{name: "no files", args: []string{"--json"}, code: 2, want: []string{"needs at least one module FILE"}},
		{name: "with --expr", args: []string{"--expr", "1", "x.nix"}, code: 2, want: []string{"--expr cannot be combined"}},
		{name: "missing file", args: []string{"/nonexistent/m.nix"}, code: 1, want: []string{"nix-k8s-lsp eval: reading module file /nonexistent/m.nix"}},
		{name: "bad nixpkgs lib", args: []string{"--nixpkgs-lib", t.TempDir(), filepath.Join(typeCase, "a-decl.nix")}, code: 1, want: []string{"as the nixpkgs lib", "NIXPKGS_LIB"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errw bytes.Buffer
			code := runEvalModules(context.Background(), tt.args, IO{Out: &out, Err: &errw})
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errw.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(errw.String(), w) {
					t.Errorf("stderr does not contain %q:\n%s", w, errw.String())
				}
			}
			if out.Len() != 0 {
				t.Errorf("stdout not empty on error: %q", out.String())
			}
		})
	}
}

// TestEvalModulesNixpkgsLib selects the real nixpkgs lib through the
// environment and checks the output against nix-instantiate with it.
func TestEvalModulesNixpkgsLib(t *testing.T) {
	lib := os.Getenv("NIXPKGS_LIB")
	if lib == "" {
		t.Skip("NIXPKGS_LIB is not set: not running eval --modules with the real nixpkgs lib")
	}
	file, err := filepath.Abs("../module/testdata/api/cases/ok-special-args/a.nix")
	if err != nil {
		t.Fatal(err)
	}
	// Without specialArgs the module lacks `team`: both must fail alike.
	cmd := exec.Command("nix-instantiate", "--readonly-mode", "--eval", "--strict", "--json", "-E",
		"(let lib = import "+lib+"; in lib.evalModules { modules = [ "+file+" ]; }).config")
	cmd.Env = append(os.Environ(), "NIX_PATH=")
	var nixErr bytes.Buffer
	cmd.Stderr = &nixErr
	if err := cmd.Run(); err == nil {
		t.Fatalf("nix-instantiate succeeded without specialArgs")
	}
	var out, errw bytes.Buffer
	if code := runEvalModules(context.Background(), []string{"--json", file}, IO{Out: &out, Err: &errw}); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	first, _, _ := strings.Cut(nixErr.String(), "\n")
	first = strings.TrimPrefix(first, "error: ")
	if !strings.Contains(errw.String(), first) {
		t.Errorf("our error does not carry nix-instantiate's message %q:\n%s", first, errw.String())
	}
}
