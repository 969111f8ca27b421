// Command genbuiltin writes the offline default schema indexes of
// internal/schema/builtin: for every Kubernetes version embedded in the
// registry module sigs.k8s.io/kubectl-validate, it takes the raw OpenAPI v3
// documents, builds the compact index with internal/schema and writes it as
// v1.N.nk8s.
//
// Run from the tools module:
//
//	go run ./genbuiltin -out ../internal/schema/builtin
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"

	"github.com/nix-k8s/nix-k8s/internal/schema"
	"sigs.k8s.io/kubectl-validate/pkg/openapiclient"
)

// maxFile keeps every committed file under 5 MB.
const maxFile = 5 << 20

func main() {
	out := flag.String("out", "../internal/schema/builtin", "directory to write v1.N.nk8s files into")
	only := flag.String("versions", "", "comma-separated versions (default: every version kubectl-validate embeds)")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, *out, *only); err != nil {
		fmt.Fprintln(os.Stderr, "genbuiltin:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out, only string) error {
	versions := append([]string(nil), openapiclient.HardcodedBuiltinVersions...)
	if only != "" {
		versions = strings.Split(only, ",")
	}
	sort.Strings(versions)
	for _, v := range versions {
		docs, err := documents(v)
		if err != nil {
			return err
		}
		ix, err := schema.Build(ctx, v, docs)
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := schema.Encode(&buf, ix); err != nil {
			return err
		}
		if buf.Len() >= maxFile {
			return fmt.Errorf("index of %s is %d bytes, over the %d-byte limit for a committed file", v, buf.Len(), maxFile)
		}
		name := filepath.Join(out, "v"+v+".nk8s")
		if err := writeAtomic(name, buf.Bytes()); err != nil {
			return err
		}
		fmt.Printf("%s: %d kinds, %d types, %d bytes\n", name, len(ix.Kinds), len(ix.Types), buf.Len())
	}
	return nil
}

// documents returns the raw OpenAPI documents kubectl-validate embeds for
// version v.
func documents(v string) ([]schema.Document, error) {
	paths, err := openapiclient.NewHardcodedBuiltins(v).Paths()
	if err != nil {
		return nil, fmt.Errorf("listing the embedded documents of %s: %w", v, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("kubectl-validate embeds no documents for %s", v)
	}
	var docs []schema.Document
	for p, gv := range paths {
		data, err := gv.Schema("application/json")
		if err != nil {
			return nil, fmt.Errorf("reading embedded document %s of %s: %w", p, v, err)
		}
		docs = append(docs, schema.Document{Path: p, Data: data})
	}
	return docs, nil
}

func writeAtomic(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".tmp-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
