package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// runEval implements `nix-k8s-lsp eval`: evaluate a file or an expression
// and print it as `nix-instantiate --eval --strict [--json]` would.
func runEval(ctx context.Context, args []string, s IO) int {
	for i, a := range args {
		if a == "--" {
			break
		}
		if a == "--modules" || a == "-modules" {
			rest := append(append([]string(nil), args[:i]...), args[i+1:]...)
			return runEvalModules(ctx, rest, s)
		}
	}
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(s.Err)
	var (
		expr     = fs.String("expr", "", "evaluate this expression instead of a file")
		asJSON   = fs.Bool("json", false, "print the value as JSON (like nix-instantiate --json)")
		maxDepth = fs.Int("max-depth", 0, "call depth limit (0 = default)")
		maxSteps = fs.Int64("max-steps", 0, "evaluation step budget (0 = unlimited)")
		roots    listFlag
		envs     listFlag
		incl     listFlag
	)
	fs.Var(&roots, "root", "allow reading files under `DIR` (repeatable)")
	fs.Var(&envs, "allow-env", "let builtins.getEnv read variable `NAME` (repeatable)")
	fs.Var(&incl, "I", "add `name=path` (or a directory) to the search path for <name> (repeatable)")
	fs.Usage = func() {
		fmt.Fprintln(s.Err, "usage: nix-k8s-lsp eval [flags] FILE\n       nix-k8s-lsp eval [flags] --expr EXPR\n       nix-k8s-lsp eval --modules [flags] FILE... (see eval --modules -h)\n\nflags:")
		fs.PrintDefaults()
	}
	exprSet := false
	for _, a := range args {
		if a == "--expr" || a == "-expr" || strings.HasPrefix(a, "--expr=") || strings.HasPrefix(a, "-expr=") {
			exprSet = true
		}
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if exprSet == (fs.NArg() == 1) || fs.NArg() > 1 {
		fmt.Fprintln(s.Err, "nix-k8s-lsp eval: give exactly one FILE or --expr EXPR")
		fs.Usage()
		return 2
	}
	opts := eval.Options{
		MaxDepth:   *maxDepth,
		MaxSteps:   *maxSteps,
		AllowEnv:   envs,
		Stderr:     s.Err,
		SearchPath: map[string]string{},
	}
	for _, r := range roots {
		opts.Roots = append(opts.Roots, r)
	}
	for _, i := range incl {
		name, path, ok := strings.Cut(i, "=")
		if !ok {
			name, path = "", i
		}
		opts.SearchPath[name] = path
	}
	if len(opts.Roots) > 0 {
		// Explicit roots add to the default one, they do not replace it.
		if *expr != "" || exprSet {
			wd, err := os.Getwd()
			if err != nil {
				fmt.Fprintf(s.Err, "nix-k8s-lsp eval: %v\n", err)
				return 1
			}
			opts.Roots = append(opts.Roots, wd)
		} else {
			opts.Roots = append(opts.Roots, eval.DefaultRoot(fs.Arg(0)))
		}
	}
	// Evaluation allocates many small, mostly short-lived objects: letting
	// the heap grow to three times the live data (GOGC=200) halves the
	// collections while the peak RSS stays below nix-instantiate's on the
	// benchmarks (bench/eval.sh; 400 saves a little more CPU but exceeds
	// it on larger inputs). GOGC in the environment, as usual, overrides
	// this.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	ev := eval.New(ctx, opts)
	var v eval.Value
	var err error
	if exprSet {
		v, err = ev.EvalSource(eval.ExprFileName, []byte(*expr), ".")
	} else {
		v, err = ev.EvalFile(fs.Arg(0))
	}
	if err == nil {
		err = printValue(ev, v, *asJSON, s.Out)
	}
	if err != nil {
		fmt.Fprintln(s.Err, err.Error())
		return 1
	}
	return 0
}

func printValue(ev *eval.Evaluator, v eval.Value, asJSON bool, w io.Writer) error {
	var out string
	var err error
	if asJSON {
		// Like nix-instantiate --strict --json, force only what the JSON
		// shows: a set with outPath or __toString prints as that string and
		// its other attributes stay unevaluated.
		out, err = eval.ToJSON(ev, eval.Pos{}, v)
	} else {
		out, err = eval.Print(ev, v)
	}
	if err != nil {
		return err
	}
	if !asJSON {
		out += "\n" // nix-instantiate ends --json output without a newline
	}
	_, err = io.WriteString(w, out)
	return err
}
