package syntax

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// nixpkgsFiles lists the .nix files of the nixpkgs lib named by NIXPKGS_LIB.
func nixpkgsFiles(t *testing.T) []string {
	t.Helper()
	root := os.Getenv("NIXPKGS_LIB")
	if root == "" {
		t.Skip("NIXPKGS_LIB is not set; set it to a nixpkgs lib/ checkout to parse the real library")
	}
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".nix") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("listing NIXPKGS_LIB: %v", err)
	}
	if len(files) == 0 {
		t.Fatalf("no .nix files under NIXPKGS_LIB=%s", root)
	}
	return files
}

// TestNixpkgsLib parses every file of nixpkgs' lib and compares the result
// with nix-instantiate --parse, file by file.
func TestNixpkgsLib(t *testing.T) {
	files := nixpkgsFiles(t)
	nix := nixInstantiate(t)
	home := "/home/nixk8s-test"
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pf := Parse(f, src)
		want, stderr, ok := runNixParse(t, nix, home, f)
		if !ok {
			if len(pf.Errors) == 0 {
				t.Errorf("%s: Nix rejects it but we do not:\n%s", f, stderr)
			}
			continue
		}
		if len(pf.Errors) > 0 {
			e := pf.Errors[0]
			l, c := pf.Lines.Position(e.Pos)
			t.Errorf("%s:%d:%d: %s", f, l, c, e.Msg)
			continue
		}
		// Nix orders let bindings and formals by its symbol table, which
		// holds the builtins' names first: compare with both sides
		// reparsed and printed with those sorted by name.
		dir := filepath.Dir(f)
		nf := Parse("nix-output", []byte(want))
		if len(nf.Errors) > 0 {
			// Nix's printed form is not always valid Nix (a bare `/` path
			// before an interpolation, an unparenthesised assert): then
			// only the exact text can be compared, which depends on the
			// symbol order; report without failing.
			if got := printNix(pf, dir, home); got != strings.TrimSuffix(want, "\n") {
				t.Logf("%s: not comparable (Nix's output does not reparse: %s)", f, nf.Errors[0].Msg)
			}
			continue
		}
		got := printNixByName(pf, dir, home)
		want = printNixByName(nf, dir, home)
		if got != want {
			t.Errorf("%s: printed parse differs from Nix's\nnix: %.300s\nour: %.300s\nfirst difference at byte %d", f, want, got, firstDiff(want, got))
		}
	}
}

func firstDiff(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) < len(b) {
		return len(a)
	}
	return len(b)
}
