// Package cli implements the subcommands of nix-k8s-lsp. Each family of
// subcommands lives in its own file and registers itself in commands().
package cli

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Version is the tool's version, set at build time with -ldflags.
var Version = "0.1.0-dev"

// IO bundles a command's standard streams.
type IO struct {
	In       io.Reader
	Out, Err io.Writer
}

// command is one subcommand. run returns the process exit code.
type command struct {
	summary string
	run     func(ctx context.Context, args []string, s IO) int
}

// commands lists every subcommand. Each file adds its own entry here.
func commands() map[string]command {
	return map[string]command{
		"version": {"print the version", runVersion},
		"eval":    {"evaluate a Nix file or expression", runEval},
		"schema":  {"Kubernetes schema: kinds, explain, diff, validate, fetch, export-jsonschema", runSchema},
	}
}

// Main runs the tool with the given arguments and returns the exit code.
func Main(ctx context.Context, args []string, in io.Reader, out, errw io.Writer) int {
	s := IO{In: in, Out: out, Err: errw}
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(s.Err, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(s.Err, "nix-k8s-lsp: unknown command %q\n\n", args[0])
		usage(s.Err, cmds)
		return 2
	}
	return c.run(ctx, args[1:], s)
}

func usage(w io.Writer, cmds map[string]command) {
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("usage: nix-k8s-lsp <command> [arguments]\n\ncommands:\n")
	for _, n := range names {
		fmt.Fprintf(&b, "  %-10s %s\n", n, cmds[n].summary)
	}
	b.WriteString("\nRun 'nix-k8s-lsp <command> -h' for a command's flags.\n")
	io.WriteString(w, b.String())
}

func runVersion(ctx context.Context, args []string, s IO) int {
	fmt.Fprintf(s.Out, "nix-k8s-lsp %s\n", Version)
	return 0
}
