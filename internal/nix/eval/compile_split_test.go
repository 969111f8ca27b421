package eval

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/nix/syntax"
)

// bigSet is a set literal of n bindings a0 … a(n-1) = i * 2, with the
// bindings at the given indices replaced by their text.
func bigSet(n int, replace map[int]string) string {
	var b strings.Builder
	b.WriteString("{\n")
	for i := 0; i < n; i++ {
		if r, ok := replace[i]; ok {
			fmt.Fprintf(&b, "  %s\n", r)
			continue
		}
		fmt.Fprintf(&b, "  a%d = %d;\n", i, i*2)
	}
	b.WriteString("}\n")
	return b.String()
}

// TestSplitCompile checks large set literals, whose compilation is split
// between two goroutines: the result is the set the source says, the
// literal paths of both halves are found in source order, and the error
// reported is the first in the file.
func TestSplitCompile(t *testing.T) {
	n := 2 * splitBindings
	dir := t.TempDir()
	compile := func(src string) (node, []string, error) {
		ev := New(context.Background(), Options{Roots: []string{dir}})
		f := syntax.Parse(filepath.Join(dir, "big.nix"), []byte(src))
		if len(f.Errors) > 0 {
			t.Fatalf("parse: %v", f.Errors[0].Msg)
		}
		return ev.compileAndRelease(f, dir, nil)
	}

	// The values and their order.
	src := bigSet(n, map[int]string{3: `p0 = ./first.nix;`, n - 2: `p1 = ./second.nix;`, n - 1: `nested = { x = 5; y = [ 1 2 ]; };`})
	out, err := evalString(t, "let s = "+src+"; in [ s.a1 s.a"+fmt.Sprint(n-3)+" (builtins.length (builtins.attrNames s)) s.nested.y (builtins.head (builtins.attrNames s)) ]", Options{Roots: []string{dir}}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf(`[ 2 %d %d [ 1 2 ] "a0" ]`, (n-3)*2, n); out != want {
		t.Errorf("got %s, want %s", out, want)
	}
	_, paths, err := compile(src)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "first.nix"), filepath.Join(dir, "second.nix")}
	if fmt.Sprint(paths) != fmt.Sprint(want) {
		t.Errorf("paths %q, want %q", paths, want)
	}

	// Errors: one in the second half only, then one in each half.
	_, _, err = compile(bigSet(n, map[int]string{n - 5: `b = undefinedInSecond;`}))
	if err == nil || !strings.Contains(err.Error(), "undefinedInSecond") {
		t.Errorf("second-half error: got %v", err)
	}
	_, _, err = compile(bigSet(n, map[int]string{7: `b = undefinedInFirst;`, n - 5: `c = undefinedInSecond;`}))
	if err == nil || !strings.Contains(err.Error(), "undefinedInFirst") {
		t.Errorf("error in both halves: got %v, want the first half's", err)
	}
}
