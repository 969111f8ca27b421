package cli

import (
	"context"
	"fmt"
)

// runSchema is replaced by the schema engine's command implementation.
func runSchema(ctx context.Context, args []string, s IO) int {
	fmt.Fprintln(s.Err, "nix-k8s-lsp schema: not implemented yet")
	return 1
}
