package eval_test

import (
	"context"
	"io"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// BenchmarkEvalModuleLike evaluates the generated module-like file set
// (bench_gen_test.go: 5,000 attributes, 200 functions, 25 files) the way
// `nix-instantiate --eval --strict --json` does: a fresh evaluator,
// evaluate, print JSON (which forces everything printed). The
// nix-instantiate sub-benchmark runs the peer on the same files in the
// same run, as a whole process, so the two can be read as a ratio;
// bench/eval.sh compares both as whole processes, with peak RSS.
func BenchmarkEvalModuleLike(b *testing.B) {
	dir := b.TempDir()
	if err := writeBenchFiles(dir); err != nil {
		b.Fatal(err)
	}
	entry := filepath.Join(dir, benchEntry)

	b.Run("ours", func(b *testing.B) {
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
	})

	b.Run("nix-instantiate", func(b *testing.B) {
		bin, err := exec.LookPath("nix-instantiate")
		if err != nil {
			b.Skip("nix-instantiate not found on PATH (apt-get install -y nix-bin): no peer to compare with")
		}
		var outBytes int
		for b.Loop() {
			cmd := exec.Command(bin, "--readonly-mode", "--eval", "--strict", "--json", benchEntry)
			cmd.Dir = dir
			out, err := cmd.Output()
			if err != nil {
				b.Fatalf("nix-instantiate: %v", err)
			}
			outBytes = len(out)
		}
		b.ReportMetric(float64(outBytes), "json-bytes")
	})
}
