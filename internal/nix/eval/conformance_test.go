package eval_test

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

var (
	updateFailing   = flag.Bool("update-failing", false, "rewrite testdata/nix/conformance/FAILING.md from this run of TestConformance")
	conformanceOnly = flag.String("conformance-only", "", "run only the conformance cases whose path starts with this prefix (e.g. builtins/regex/)")
)

// oursTimeout bounds one evaluation by our evaluator. Cases are small; a
// case that needs this long is a hang, reported as a failure.
const oursTimeout = 20 * time.Second

// requireNixInstantiate returns the path of nix-instantiate, failing the
// test when it is missing: these tests compare with real Nix, so they must
// not pass without it.
func requireNixInstantiate(t testing.TB) string {
	t.Helper()
	bin, err := exec.LookPath("nix-instantiate")
	if err != nil {
		t.Fatal("nix-instantiate not found on PATH: the conformance test compares our evaluator with real Nix; install Debian's nix-bin (apt-get install -y nix-bin)")
	}
	return bin
}

// TestConformance evaluates every case of testdata/nix/conformance with
// real Nix (nix-instantiate --eval --strict --json) and with our
// evaluator, and requires the same JSON text, or that both fail.
func TestConformance(t *testing.T) {
	bin := requireNixInstantiate(t)
	root, err := filepath.Abs(conformanceDir)
	if err != nil {
		t.Fatal(err)
	}
	cases, err := conformanceCases(root)
	if err != nil {
		t.Fatal(err)
	}
	diffs, err := readDifferences(root)
	if err != nil {
		t.Fatal(err)
	}
	if *conformanceOnly != "" {
		if *updateFailing {
			t.Fatal("-update-failing needs the whole corpus: drop -conformance-only")
		}
		var some []string
		for _, c := range cases {
			if strings.HasPrefix(c, *conformanceOnly) {
				some = append(some, c)
			}
		}
		if len(some) == 0 {
			t.Fatalf("-conformance-only %q matches no case", *conformanceOnly)
		}
		cases = some
	}
	t.Setenv(conformanceEnvVar, conformanceEnvValue)
	t.Setenv("NIX_PATH", "")
	results := compareCases(t, cases, diffs,
		func(ctx context.Context, rel string) (outcome, error) { return runNix(ctx, bin, root, rel) },
		func(ctx context.Context, rel string) outcome {
			return runOurs(ctx, func(ctx context.Context) outcome { return evalOursFile(ctx, root, rel) })
		})
	if *updateFailing {
		name := filepath.Join(root, "FAILING.md")
		if err := os.WriteFile(name, renderFailing(results), 0o644); err != nil {
			t.Fatalf("writing %s: %v", name, err)
		}
		t.Logf("wrote %s", name)
	}
}

// compareCases evaluates every case with both evaluators on a bounded
// pool of workers, then reports one subtest per case (cases listed in
// diffs are logged, not compared), the slowest cases, and a last subtest
// whose name carries the counts.
func compareCases(t *testing.T, cases []string, diffs map[string]string,
	nix func(ctx context.Context, rel string) (outcome, error),
	ours func(ctx context.Context, rel string) outcome,
) []conformanceResult {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	results := make([]conformanceResult, len(cases))
	harnessErrs := make([]error, len(cases))
	nixTime := make([]time.Duration, len(cases))
	oursTime := make([]time.Duration, len(cases))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < conformanceWorkers(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				rel := cases[i]
				results[i] = conformanceResult{Case: rel, Reason: diffs[rel]}
				if results[i].Reason != "" {
					continue
				}
				start := time.Now()
				results[i].Nix, harnessErrs[i] = nix(ctx, rel)
				nixTime[i] = time.Since(start)
				start = time.Now()
				results[i].Ours = ours(ctx, rel)
				oursTime[i] = time.Since(start)
			}
		}()
	}
	for i := range cases {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	for i, r := range results {
		t.Run(r.Case, func(t *testing.T) {
			if r.Reason != "" {
				t.Logf("known difference from Nix 2.8, not compared: %s", r.Reason)
				return
			}
			if harnessErrs[i] != nil {
				t.Fatal(harnessErrs[i])
			}
			if !r.agree() {
				t.Errorf("%s disagrees with Nix 2.8\nnix:  %s\nours: %s", r.Case, r.Nix, r.Ours)
			}
		})
	}
	logSlowest(t, "nix-instantiate", cases, nixTime, 3)
	logSlowest(t, "ours", cases, oursTime, 5)
	// Last, and with the counts in its name, so that they end the -v
	// output (go test prints every "--- PASS" line after the logs).
	sum := summarize(results)
	worded, bothFail := 0, 0
	for _, r := range results {
		if messageDiffers(r) {
			worded++
		}
		if r.Reason == "" && r.agree() && r.Nix.Failed {
			bothFail++
		}
	}
	t.Run(fmt.Sprintf("summary:%d-cases,%d-pass,%d-fail,%d-known-differences", sum.Cases, sum.Pass, sum.Fail, sum.Known), func(t *testing.T) {
		t.Logf("conformance: %s; %d of the passes are errors on both sides, %d of them worded differently (informational)", sum, bothFail, worded)
	})
	return results
}

// conformanceWorkers is the size of the pool evaluating cases: 2 to 4.
// Most of a case's time is nix-instantiate starting up, so two workers per
// CPU keep the CPUs busy without crowding a shared machine.
func conformanceWorkers() int {
	return min(4, max(2, 2*runtime.GOMAXPROCS(0)))
}

// runOurs runs one evaluation by our evaluator with a time limit. A
// panic or a hang is reported as a failed evaluation, so that one broken
// case cannot stop the run.
func runOurs(ctx context.Context, evaluate func(ctx context.Context) outcome) outcome {
	ctx, cancel := context.WithTimeout(ctx, oursTimeout)
	defer cancel()
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- outcome{Failed: true, Crashed: true, Err: fmt.Sprintf("panic: %v", p)}
			}
		}()
		done <- evaluate(ctx)
	}()
	select {
	case o := <-done:
		return o
	case <-ctx.Done():
		return outcome{Failed: true, Crashed: true, Err: fmt.Sprintf("did not finish within %v", oursTimeout)}
	}
}

// evalOursFile evaluates one case file the way `nix-instantiate --eval
// --strict --json` does: evaluate the file and print it as JSON, forcing
// what is printed, with the corpus as the only filesystem root.
func evalOursFile(ctx context.Context, root, rel string) outcome {
	ev := eval.New(ctx, eval.Options{
		Roots:    []string{root},
		AllowEnv: []string{conformanceEnvVar},
		Stderr:   io.Discard,
	})
	v, err := ev.EvalFile(filepath.Join(root, filepath.FromSlash(rel)))
	return finishOurs(ev, v, err)
}

// finishOurs prints v as JSON, or reports err. Like Nix 2.8's
// `--strict --json` (printValueAsJSON with strict set), printing forces
// exactly what it prints and nothing else: a set with outPath or
// __toString prints as that string and its other attributes stay
// unevaluated, so forcing everything first (DeepForce) would fail where
// Nix does not (more/strict-json-*-lazy.nix).
func finishOurs(ev *eval.Evaluator, v eval.Value, err error) outcome {
	if err != nil {
		return oursFailed(err)
	}
	s, err := eval.ToJSON(ev, eval.Pos{}, v)
	if err != nil {
		return oursFailed(err)
	}
	return outcome{JSON: strings.TrimSpace(s)}
}

func oursFailed(err error) outcome {
	return outcome{Failed: true, Err: strings.TrimPrefix(err.Error(), "error: ")}
}

// logSlowest logs the n cases an evaluator took longest on: a hint for
// performance work, never an assertion.
func logSlowest(t *testing.T, who string, cases []string, took []time.Duration, n int) {
	idx := make([]int, len(cases))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return took[idx[a]] > took[idx[b]] })
	for _, i := range idx[:min(n, len(idx))] {
		t.Logf("slow case (%s): %s took %v", who, cases[i], took[i].Round(time.Millisecond))
	}
}
