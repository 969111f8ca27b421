package eval

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeTree writes files (path relative to dir → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// evalWithPrefetch evaluates entry (a file under dir) strictly and returns
// the printed value or the error text, with loading ahead on or off.
func evalWithPrefetch(t *testing.T, root, entry string, on bool) (string, *Evaluator) {
	t.Helper()
	ev := New(context.Background(), Options{Roots: []string{root}})
	ev.prefetch.off = !on
	ev.prefetch.force = on // also with GOMAXPROCS=1
	v, err := ev.EvalFile(entry)
	if err == nil {
		var s string
		s, err = Print(ev, v)
		if err == nil {
			return s, ev
		}
	}
	return "error: " + err.Error(), ev
}

// Loading files ahead must not change any result or error: the same entry
// points evaluate to the same text with and without it, whichever of the
// worker and the evaluator loads a file.
func TestPrefetchSameResults(t *testing.T) {
	root := t.TempDir()
	proj := filepath.Join(root, "proj")
	writeTree(t, root, map[string]string{
		"outside.nix":            `"outside"`,
		"proj/default.nix":       `let lib = import ./lib; in map (m: import m lib) [ ./mods/a.nix ./mods/b.nix ./mods/c.nix ]`,
		"proj/lib/default.nix":   `{ twice = x: x * 2; inherit (import ./more.nix) name; }`,
		"proj/lib/more.nix":      `{ name = "more"; }`,
		"proj/mods/a.nix":        `lib: { a = lib.twice 21; }`,
		"proj/mods/b.nix":        `lib: { b = lib.name; c = import ./c.nix lib; }`,
		"proj/mods/c.nix":        `lib: [ 1 2 3 ]`,
		"proj/unused.nix":        `throw "never imported"`,
		"proj/names-unused.nix":  `let u = ./unused.nix; o = ../outside.nix; d = ./lib; n = ./notes.txt; in builtins.baseNameOf u`,
		"proj/notes.txt":         `not nix`,
		"proj/broken-entry.nix":  `[ (import ./broken.nix) ./broken.nix ]`,
		"proj/broken.nix":        "{\n  a = 1;\n  b = ;\n}\n",
		"proj/missing-entry.nix": `import ./missing.nix`,
		"proj/outside-entry.nix": `[ ../outside.nix (import ../outside.nix) ]`,
		"proj/cycle-a.nix":       `import ./cycle-b.nix`,
		"proj/cycle-b.nix":       `import ./cycle-a.nix`,
		"proj/eval-error.nix":    `let xs = [ ./mods/a.nix ./mods/c.nix ]; in (import (builtins.head xs) 1).a`,
	})
	for _, entry := range []string{
		"default.nix", "names-unused.nix", "broken-entry.nix", "missing-entry.nix",
		"outside-entry.nix", "cycle-a.nix", "eval-error.nix",
	} {
		t.Run(entry, func(t *testing.T) {
			want, _ := evalWithPrefetch(t, proj, filepath.Join(proj, entry), false)
			// Several runs: which side loads each file varies with timing.
			for range 5 {
				got, _ := evalWithPrefetch(t, proj, filepath.Join(proj, entry), true)
				if got != want {
					t.Fatalf("with loading ahead:\n%s\nwithout:\n%s", got, want)
				}
			}
		})
	}
}

// Only Nix files inside the allowed roots that are not imported yet are
// queued: x.nix files and directories with a default.nix.
func TestPrefetchQueuesNixFilesInsideRoots(t *testing.T) {
	root := t.TempDir()
	proj := filepath.Join(root, "proj")
	writeTree(t, root, map[string]string{
		"outside.nix":          `1`,
		"proj/default.nix":     `let u = [ ./a.nix ./lib ./lib/default.nix ./empty-dir ./notes.txt ../outside.nix ./missing.nix ./default.nix ]; in 1`,
		"proj/a.nix":           `1`,
		"proj/lib/default.nix": `1`,
		"proj/empty-dir/x":     ``,
		"proj/notes.txt":       ``,
	})
	got, ev := evalWithPrefetch(t, proj, filepath.Join(proj, "default.nix"), true)
	if got != "1" {
		t.Fatalf("result %s, want 1", got)
	}
	want := []string{filepath.Join(proj, "a.nix"), filepath.Join(proj, "lib", "default.nix")}
	queued := slices.Clone(ev.prefetch.queued)
	if !slices.Equal(queued, want) {
		t.Fatalf("queued %q\nwant   %q", queued, want)
	}
	for _, q := range queued {
		if strings.Contains(q, "outside") {
			t.Fatalf("queued a path outside the roots: %s", q)
		}
	}
}

// LoadAhead queues the Nix files it is given inside the roots, and nothing
// before the roots are known (it must not fix them to the working
// directory as a side effect).
func TestLoadAhead(t *testing.T) {
	root := t.TempDir()
	proj := filepath.Join(root, "proj")
	writeTree(t, root, map[string]string{
		"outside.nix":  `1`,
		"proj/a.nix":   `1`,
		"proj/b.txt":   ``,
		"proj/d/x.nix": `2`,
	})
	early := New(context.Background(), Options{})
	early.prefetch.force = true
	early.LoadAhead(filepath.Join(proj, "a.nix"))
	if len(early.prefetch.queued) != 0 || early.rootsSet {
		t.Fatalf("LoadAhead before the roots are known queued %q (roots set: %v)", early.prefetch.queued, early.rootsSet)
	}
	ev := New(context.Background(), Options{Roots: []string{proj}})
	ev.prefetch.force = true
	ev.LoadAhead(filepath.Join(proj, "a.nix"), filepath.Join(proj, "b.txt"), filepath.Join(root, "outside.nix"), filepath.Join(proj, "d", "x.nix"))
	want := []string{filepath.Join(proj, "a.nix"), filepath.Join(proj, "d", "x.nix")}
	if !slices.Equal(ev.prefetch.queued, want) {
		t.Fatalf("queued %q, want %q", ev.prefetch.queued, want)
	}
	v, err := ev.EvalSource("t.nix", []byte(`import ./a.nix + import ./d/x.nix`), proj)
	if err != nil {
		t.Fatal(err)
	}
	if s, err := Print(ev, v); err != nil || s != "3" {
		t.Fatalf("got %q, %v; want 3", s, err)
	}
}
