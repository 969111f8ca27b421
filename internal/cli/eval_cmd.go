package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

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
		expr   = fs.String("expr", "", "evaluate this expression instead of a file")
		asJSON = fs.Bool("json", false, "print the value as JSON (like nix-instantiate --json)")
		ef     evalFlags
	)
	ef.register(fs)
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
		MaxDepth:   ef.maxDepth,
		MaxSteps:   ef.maxSteps,
		AllowEnv:   ef.envs,
		Stderr:     s.Err,
		SearchPath: ef.searchPath(),
		Roots:      append([]string(nil), ef.roots...),
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
	setEvalGC()
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
	if asJSON {
		// Like nix-instantiate --strict --json, force only what the JSON
		// shows: a set with outPath or __toString prints as that string and
		// its other attributes stay unevaluated. Nothing is printed when
		// evaluation fails, and the output ends without a newline.
		return eval.WriteJSON(ev, eval.Pos{}, w, v)
	}
	out, err := eval.Print(ev, v)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, out+"\n")
	return err
}
