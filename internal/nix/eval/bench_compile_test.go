package eval

import (
	"context"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/nix/syntax"
)

// BenchmarkCompile compiles a parsed module-like file of 5,000 apps
// (moduleLikeSource), without parsing or evaluating it: the part of
// loading a file that comes after syntax.Parse.
func BenchmarkCompile(b *testing.B) {
	src := moduleLikeSource(5000)
	f := syntax.Parse("/bench/apps.nix", []byte(src))
	if len(f.Errors) > 0 {
		b.Fatal(f.Errors[0].Msg)
	}
	ev := New(context.Background(), Options{Roots: []string{"/bench"}})
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ev.compileFile(f, "/bench", nil); err != nil {
			b.Fatal(err)
		}
	}
}
