package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runEvalCmd(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	if dir != "" {
		t.Chdir(dir)
	}
	var out, errw bytes.Buffer
	code = Main(context.Background(), append([]string{"eval"}, args...), strings.NewReader(""), &out, &errw)
	return out.String(), errw.String(), code
}

func TestEvalCommand(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "proj")
	files := map[string]string{
		"outside.nix":        `1`,
		"proj/main.nix":      `{ a = 1; b = [ "x" ./data.txt ]; f = x: x; }`,
		"proj/data.txt":      "d",
		"proj/escape.nix":    `import ../outside.nix`,
		"proj/passwd.nix":    `builtins.readFile /etc/passwd`,
		"proj/env.nix":       `builtins.getEnv "NIXK8S_EVAL_CMD_TEST"`,
		"proj/include.nix":   `import <shared>`,
		"shared/default.nix": `"from search path"`,
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("NIXK8S_EVAL_CMD_TEST", "visible")
	cases := []struct {
		name       string
		args       []string
		wantOut    string
		wantErr    string // substring of stderr
		wantStatus int
	}{
		{"json formals", []string{"--json", "--expr", `let f = { a ? 1, ... }@args: a + builtins.length (builtins.attrNames args); in f { b = 2; }`}, "2", "", 0},
		{"print file", []string{filepath.Join(proj, "main.nix")}, `{ a = 1; b = [ "x" ` + filepath.Join(proj, "data.txt") + ` ]; f = <LAMBDA>; }` + "\n", "", 0},
		{"json set", []string{"--json", "--expr", `{ b = [ 1 2.5 null ]; a = "x"; }`}, `{"a":"x","b":[1,2.5,null]}`, "", 0},
		{"json forces only what it prints", []string{"--json", "--expr", `{ outPath = "/x"; a = throw "not forced"; }`}, `"/x"`, "", 0},
		{"json forces nested values", []string{"--json", "--expr", `{ a = [ (throw "forced") ]; }`}, "", "forced", 1},
		{"infinite recursion", []string{"--expr", "let x = x; in x"}, "", "error: infinite recursion encountered", 1},
		{"deep recursion", []string{"--expr", "let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 1000000"}, "", "stack overflow", 1},
		{"escape", []string{filepath.Join(proj, "escape.nix")}, "", "access to path '" + filepath.Join(dir, "outside.nix") + "' is forbidden", 1},
		{"passwd", []string{filepath.Join(proj, "passwd.nix")}, "", "access to path '/etc/passwd' is forbidden", 1},
		{"root allows", []string{"--root", dir, filepath.Join(proj, "escape.nix")}, "1\n", "", 0},
		{"env hidden", []string{filepath.Join(proj, "env.nix")}, "\"\"\n", "", 0},
		{"env allowed", []string{"--allow-env", "NIXK8S_EVAL_CMD_TEST", filepath.Join(proj, "env.nix")}, "\"visible\"\n", "", 0},
		{"search path", []string{"-I", "shared=" + filepath.Join(dir, "shared"), filepath.Join(proj, "include.nix")}, "\"from search path\"\n", "", 0},
		{"no search path", []string{filepath.Join(proj, "include.nix")}, "", "file 'shared' was not found in the Nix search path", 1},
		{"no input", nil, "", "give exactly one FILE or --expr EXPR", 2},
		{"both inputs", []string{"--expr", "1", "x.nix"}, "", "give exactly one FILE or --expr EXPR", 2},
		{"bad flag", []string{"--nope"}, "", "flag provided but not defined", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := runEvalCmd(t, proj, c.args...)
			if code != c.wantStatus {
				t.Errorf("exit %d, want %d (stderr %q)", code, c.wantStatus, errs)
			}
			if c.wantStatus == 0 && out != c.wantOut {
				t.Errorf("stdout %q, want %q", out, c.wantOut)
			}
			if c.wantErr != "" && !strings.Contains(errs, c.wantErr) {
				t.Errorf("stderr %q, want it to contain %q", errs, c.wantErr)
			}
		})
	}
}
