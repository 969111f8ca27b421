package eval_test

import (
	"context"
	"io"
	"path/filepath"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// BenchmarkEvalModuleLike evaluates the generated module-like file set
// (bench_gen_test.go: 5,000 attributes, 200 functions, 25 files) the way
// `nix-instantiate --eval --strict --json` does: a fresh evaluator,
// evaluate, print JSON (which forces everything printed). bench/eval.sh compares the same work, as whole
// processes, with nix-instantiate.
func BenchmarkEvalModuleLike(b *testing.B) {
	dir := b.TempDir()
	if err := writeBenchFiles(dir); err != nil {
		b.Fatal(err)
	}
	entry := filepath.Join(dir, benchEntry)
	ctx := context.Background()
	b.ReportAllocs()
	var outBytes int
	for b.Loop() {
		ev := eval.New(ctx, eval.Options{Roots: []string{dir}, Stderr: io.Discard})
		v, err := ev.EvalFile(entry)
		if err != nil {
			b.Fatal(err)
		}
		s, err := eval.ToJSON(ev, eval.Pos{}, v)
		if err != nil {
			b.Fatal(err)
		}
		outBytes = len(s)
	}
	b.ReportMetric(float64(outBytes), "json-bytes")
}
