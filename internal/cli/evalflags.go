package cli

import (
	"flag"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// evalFlags are the evaluator settings shared by `eval` and `eval --modules`.
type evalFlags struct {
	maxDepth int
	maxSteps int64
	roots    listFlag
	envs     listFlag
	incl     listFlag
}

// register adds the evaluator flags to fs.
func (f *evalFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&f.maxDepth, "max-depth", 0, "call depth limit (0 = default)")
	fs.Int64Var(&f.maxSteps, "max-steps", 0, "evaluation step budget (0 = unlimited)")
	fs.Var(&f.roots, "root", "allow reading files under `DIR` (repeatable)")
	fs.Var(&f.envs, "allow-env", "let builtins.getEnv read variable `NAME` (repeatable)")
	fs.Var(&f.incl, "I", "add `name=path` (or a directory) to the search path for <name> (repeatable)")
}

// searchPath turns the -I entries into the evaluator's search path; an
// entry without `name=` is a directory searched for every <name>.
func (f *evalFlags) searchPath() map[string]string {
	sp := map[string]string{}
	for _, i := range f.incl {
		name, path, ok := strings.Cut(i, "=")
		if !ok {
			name, path = "", i
		}
		sp[name] = path
	}
	return sp
}

// setEvalGC tunes the garbage collector for a one-shot evaluation.
//
// Evaluation allocates many small, mostly short-lived objects. Most
// evaluations are small: until the process has evalGCFreeHeap (64 MiB) of
// memory no collection runs at all (a memory limit with proportional pacing off), so
// a small evaluation finishes without one. The first collection then turns
// ordinary pacing back on, letting the heap grow to three times the live
// data (GOGC=200) and lifting the limit, so that a large evaluation neither
// collects continuously near the limit nor keeps more than it needs. The
// peak RSS stays below nix-instantiate's on the benchmarks (bench/eval.sh,
// bench/modules.sh). GOGC or GOMEMLIMIT in the environment, as usual,
// override this.
func setEvalGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(evalGCFreeHeap)
	afterFirstGC(func() {
		debug.SetGCPercent(200)
		debug.SetMemoryLimit(math.MaxInt64)
	})
}

// evalGCFreeHeap is how much memory a one-shot evaluation may use before its
// first garbage collection.
const evalGCFreeHeap = 64 << 20

// afterFirstGC calls f once, after the next garbage collection: the
// finaliser of an object nothing refers to runs once a collection has
// found it unreachable. (The object is too big for the tiny allocator,
// whose objects may share a block and never be finalised.)
func afterFirstGC(f func()) {
	sentinel := new([64]byte)
	runtime.SetFinalizer(sentinel, func(*[64]byte) { f() })
}
