package cli

import (
	"context"
	"fmt"
)

// runSchemaValidate implements `schema validate`.
func runSchemaValidate(ctx context.Context, args []string, s IO) int {
	fmt.Fprintln(s.Err, "nix-k8s-lsp schema validate: not implemented yet")
	return 1
}

// runSchemaExportJSONSchema implements `schema export-jsonschema`.
func runSchemaExportJSONSchema(ctx context.Context, args []string, s IO) int {
	fmt.Fprintln(s.Err, "nix-k8s-lsp schema export-jsonschema: not implemented yet")
	return 1
}
