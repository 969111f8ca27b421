// Command nix-k8s-lsp is the nix-k8s tool: language server, renderer,
// checker, Nix evaluator and Kubernetes schema engine in one binary.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/nix-k8s/nix-k8s/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
