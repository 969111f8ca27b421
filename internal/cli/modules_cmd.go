package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nix-k8s/nix-k8s/internal/module"
	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// runEvalModules implements `nix-k8s-lsp eval --modules FILE…`: evaluate
// `(lib.evalModules { modules = [ FILE… ]; }).config` in process and print
// it as `nix-instantiate --eval --strict [--json]` prints that expression.
// args are the arguments after `eval`, without --modules. Flags may come
// before, between or after the files.
func runEvalModules(ctx context.Context, args []string, s IO) int {
	fs := flag.NewFlagSet("eval --modules", flag.ContinueOnError)
	fs.SetOutput(s.Err)
	var (
		_          = fs.String("expr", "", "not allowed with --modules")
		asJSON     = fs.Bool("json", false, "print the configuration as JSON (like nix-instantiate --json)")
		nixpkgsLib = fs.String("nixpkgs-lib", "", "evaluate with the nixpkgs lib in `DIR` (default $NIXPKGS_LIB; empty = the built-in lib)")
		special    listFlag
		ef         evalFlags
	)
	ef.register(fs)
	fs.Var(&special, "special-argstr", "pass `NAME=VALUE` to the modules as the string argument NAME (specialArgs; repeatable)")
	fs.Usage = func() {
		fmt.Fprintln(s.Err, "usage: nix-k8s-lsp eval --modules [flags] FILE...\n\n"+
			"Prints (lib.evalModules { modules = [ FILE... ]; }).config, forced deeply.\n"+
			"The lib is the built-in one unless --nixpkgs-lib DIR or NIXPKGS_LIB names\n"+
			"nixpkgs' lib/ directory.\n\nflags:")
		fs.PrintDefaults()
	}
	var files []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			return 2
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			files = append(files, rest[1:]...)
			break
		}
		files = append(files, rest[0])
		rest = rest[1:]
	}
	libSet, exprSet := false, false
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "expr":
			exprSet = true
		case "nixpkgs-lib":
			libSet = true
		}
	})
	if exprSet {
		fmt.Fprintln(s.Err, "nix-k8s-lsp eval: --expr cannot be combined with --modules; give the module files instead")
		return 2
	}
	if len(files) == 0 {
		fmt.Fprintln(s.Err, "nix-k8s-lsp eval: --modules needs at least one module FILE")
		fs.Usage()
		return 2
	}
	if !libSet {
		*nixpkgsLib = os.Getenv("NIXPKGS_LIB")
	}
	opts := module.Options{
		Files:      files,
		NixpkgsLib: *nixpkgsLib,
		Roots:      ef.roots,
		MaxDepth:   ef.maxDepth,
		MaxSteps:   ef.maxSteps,
		AllowEnv:   ef.envs,
		Trace:      s.Err,
		SearchPath: ef.searchPath(),
	}
	for _, a := range special {
		name, value, ok := strings.Cut(a, "=")
		if !ok || name == "" {
			fmt.Fprintf(s.Err, "nix-k8s-lsp eval: --special-argstr %q: write NAME=VALUE\n", a)
			return 2
		}
		if opts.SpecialArgs == nil {
			opts.SpecialArgs = map[string]eval.Value{}
		}
		opts.SpecialArgs[name] = eval.String(value)
	}
	setEvalGC()
	res, err := module.Evaluate(ctx, opts)
	var out string
	if err == nil {
		if *asJSON {
			out, err = res.JSON()
		} else {
			out, err = res.Print()
			out += "\n" // nix-instantiate ends --json output without a newline
		}
	}
	if err != nil {
		var me *module.Error
		if errors.As(err, &me) {
			fmt.Fprintln(s.Err, me.Error())
		} else {
			fmt.Fprintf(s.Err, "nix-k8s-lsp eval: %v\n", err)
		}
		return 1
	}
	if _, err := io.WriteString(s.Out, out); err != nil {
		fmt.Fprintf(s.Err, "nix-k8s-lsp eval: writing the result: %v\n", err)
		return 1
	}
	return 0
}
