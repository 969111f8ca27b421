package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fuzzSeeds returns the corpus entries and golden inputs as fuzz seeds.
func fuzzSeeds(f *testing.F) []string {
	var seeds []string
	seeds = append(seeds, readCorpus(f, "valid.txt")...)
	seeds = append(seeds, readCorpus(f, "invalid.txt")...)
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.nix"))
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, string(b))
	}
	return seeds
}

func FuzzLex(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		l := lexer{src: src}
		prev := 0
		// Every token but the zero-width end of a path consumes a byte,
		// and an end of path follows a path token: the count is bounded.
		limit := 2*len(src) + 2
		for i := 0; ; i++ {
			if i > limit {
				t.Fatalf("more than %d tokens from %d bytes: the lexer does not progress", limit, len(src))
			}
			tok := l.next()
			if tok.pos < prev || tok.end < tok.pos || tok.end > len(src) {
				t.Fatalf("token %s [%d,%d) out of order or outside the source (previous end %d, length %d)", tok.kind, tok.pos, tok.end, prev, len(src))
			}
			prev = tok.end
			if tok.kind == tEOF {
				break
			}
		}
		for i, c := range l.comments {
			if c.Pos < 0 || c.End > len(src) || c.Pos >= c.End || (i > 0 && l.comments[i-1].End > c.Pos) {
				t.Fatalf("bad comment span [%d,%d)", c.Pos, c.End)
			}
			if !strings.HasPrefix(c.Text, "#") && !strings.HasPrefix(c.Text, "/*") {
				t.Fatalf("comment text %q has no comment marker", c.Text)
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		file := Parse("fuzz.nix", []byte(src))
		if err := checkInvariants(file); err != nil {
			t.Fatal(err)
		}
		// Parsing is deterministic.
		again := Parse("fuzz.nix", []byte(src))
		if Dump(again.Expr) != Dump(file.Expr) || len(again.Errors) != len(file.Errors) {
			t.Fatal("two parses of the same input differ")
		}
		// Helpers must cope with any tree.
		_ = NodeAt(file, len(src)/2)
		Walk(file.Expr, func(n Node) bool {
			switch n.(type) {
			case *Attr, *Inherit, *Formal:
				_ = DocText(file.DocComment(n))
			}
			return true
		})
	})
}

// FuzzDepth repeats a fragment many times: deep nesting must end in an
// error, never in a stack overflow or a hang.
func FuzzDepth(f *testing.F) {
	for _, s := range []string{"[", "(", "{ a = ", "-", "!", "x: ", "with a; ", "let a = ", "a ++ ", `"${`, "''${", "if a then ", "a.b or ", "{ a ? "} {
		f.Add(s, uint16(5000))
	}
	f.Fuzz(func(t *testing.T, frag string, n uint16) {
		if len(frag) == 0 || len(frag)*int(n) > 1<<20 {
			return
		}
		src := strings.Repeat(frag, int(n))
		file := Parse("depth.nix", []byte(src))
		if err := checkInvariants(file); err != nil {
			t.Fatal(err)
		}
	})
}
