package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedIndexUpToDate regenerates one version and compares it with
// the committed file: the generator is deterministic, so any difference
// means internal/schema/builtin must be regenerated.
func TestCommittedIndexUpToDate(t *testing.T) {
	out := t.TempDir()
	if err := run(context.Background(), out, "1.30"); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(out, "v1.30.nk8s"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "internal", "schema", "builtin", "v1.30.nk8s"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("internal/schema/builtin/v1.30.nk8s is stale: run `go run ./genbuiltin -out ../internal/schema/builtin` in tools/")
	}
}
