package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Trees parsed into memory that released trees left must be exactly the
// trees a fresh parse gives: the chunks come back zeroed and are never
// shared by two live trees.
func TestReleaseReusesMemoryCleanly(t *testing.T) {
	var paths []string
	var srcs [][]byte
	for i, src := range append(readCorpus(t, "valid.txt"), readCorpus(t, "invalid.txt")...) {
		paths = append(paths, fmt.Sprintf("corpus-%d.nix", i))
		srcs = append(srcs, []byte(src))
	}
	// Bigger files, so that chunks of every size get recycled.
	libs, _ := filepath.Glob("../../module/nixlib/*.nix")
	for _, p := range libs {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		srcs = append(srcs, b)
	}
	if len(srcs) < 300 || len(libs) < 5 {
		t.Fatalf("corpus: %d sources, %d lib files", len(srcs), len(libs))
	}
	// What each file parses to with nothing recycled.
	want := make([]string, len(srcs))
	for i, src := range srcs {
		want[i] = Dump(Parse(paths[i], src).Expr)
	}
	// Parse every file after releasing the tree of the one before, and
	// keep every other tree alive meanwhile: a kept tree must not change
	// when later parses reuse released memory.
	var kept []*File
	var keptIdx []int
	for round := 0; round < 3; round++ {
		var prev *File
		for i, src := range srcs {
			f := Parse(paths[i], src)
			if got := Dump(f.Expr); got != want[i] {
				t.Fatalf("round %d, %s: parse on recycled memory differs:\n%s\nwant:\n%s", round, paths[i], got, want[i])
			}
			if prev != nil {
				prev.Release()
				if prev.Expr != nil {
					t.Fatal("Release left Expr set")
				}
			}
			if i%2 == 0 {
				kept = append(kept, f)
				keptIdx = append(keptIdx, i)
				prev = nil
			} else {
				prev = f
			}
		}
		if prev != nil {
			prev.Release()
		}
	}
	for k, f := range kept {
		if got := Dump(f.Expr); got != want[keptIdx[k]] {
			t.Fatalf("%s: a kept tree changed after later parses reused released memory", paths[keptIdx[k]])
		}
	}
	// Releasing twice, or a file that was not parsed, is harmless.
	f := Parse("x.nix", []byte("{ a = 1; }"))
	f.Release()
	f.Release()
	(&File{}).Release()
}
