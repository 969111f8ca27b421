package cli

import (
	"context"
	"fmt"
)

// runSchema dispatches the `schema` subcommands.
func runSchema(ctx context.Context, args []string, s IO) int {
	if len(args) > 0 {
		switch args[0] {
		case "validate":
			return runSchemaValidate(ctx, args[1:], s)
		case "export-jsonschema":
			return runSchemaExportJSONSchema(ctx, args[1:], s)
		}
	}
	fmt.Fprintln(s.Err, "nix-k8s-lsp schema: not implemented yet")
	return 1
}
