package cli

import (
	"flag"
	"os"
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
// Evaluation allocates many small, mostly short-lived objects: letting the
// heap grow to three times the live data (GOGC=200) halves the collections
// while the peak RSS stays below nix-instantiate's on the benchmarks
// (bench/eval.sh; 400 saves a little more CPU but exceeds it on larger
// inputs). GOGC in the environment, as usual, overrides this.
func setEvalGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
}
