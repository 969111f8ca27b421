package cli

import (
	"context"
	"fmt"
)

// runEval is replaced by the evaluator's command implementation.
func runEval(ctx context.Context, args []string, s IO) int {
	fmt.Fprintln(s.Err, "nix-k8s-lsp eval: not implemented yet")
	return 1
}
