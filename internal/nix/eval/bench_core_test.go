package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// moduleLikeSource generates a file shaped like a cluster definition: n apps
// with a dozen fields each, merged with defaults through functions, //,
// with and string interpolation.
func moduleLikeSource(n int) string {
	var b strings.Builder
	b.WriteString("let\n  defaults = { replicas = 1; port = 8080; env = { }; labels = { team = \"core\"; }; };\n")
	b.WriteString("  mkApp = name: cfg: let c = defaults // cfg; in {\n")
	b.WriteString("    inherit name;\n    spec = { inherit (c) replicas; ports = [ { containerPort = c.port; name = \"http\"; } ]; };\n")
	b.WriteString("    metadata = { labels = c.labels // { app = name; }; annotations.\"example.com/id\" = \"${name}-${toString c.port}\"; };\n")
	b.WriteString("    env = builtins.attrValues (builtins.mapAttrs (k: v: { name = k; value = v; }) c.env);\n  };\n")
	b.WriteString("  apps = {\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "    app%d = { replicas = %d; port = %d; env = { LOG = \"info\"; ID = \"%d\"; }; };\n", i, i%5+1, 8000+i, i)
	}
	b.WriteString("  };\nin builtins.mapAttrs mkApp apps\n")
	return b.String()
}

func BenchmarkEval(b *testing.B) {
	src := []byte(moduleLikeSource(10000))
	dir := b.TempDir()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ev := New(context.Background(), Options{})
		v, err := ev.EvalSource("bench.nix", src, dir)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Print(ev, v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvalModulesNixpkgsLib runs nixpkgs' lib.evalModules on 1,000
// submodules of 20 options (needs NIXPKGS_LIB).
func BenchmarkEvalModulesNixpkgsLib(b *testing.B) {
	lib := os.Getenv("NIXPKGS_LIB")
	if lib == "" {
		b.Skip("NIXPKGS_LIB is not set: it must point at a checkout of nixpkgs' lib/ directory")
	}
	dir := b.TempDir()
	file := filepath.Join(dir, "modules.nix")
	if err := os.WriteFile(file, []byte(evalModulesSource(lib, 1000, 20)), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ev := New(context.Background(), Options{Roots: []string{dir, lib}})
		v, err := ev.EvalFile(file)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Print(ev, v); err != nil {
			b.Fatal(err)
		}
	}
}

func evalModulesSource(lib string, apps, opts int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "let lib = import %s; in\n(lib.evalModules { modules = [\n", lib)
	b.WriteString("  ({ lib, ... }: { options.apps = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options = {\n")
	for j := 0; j < opts; j++ {
		fmt.Fprintf(&b, "    o%d = lib.mkOption { type = lib.types.str; default = \"v%d\"; };\n", j, j)
	}
	b.WriteString("  }; }); default = { }; }; })\n  {\n")
	for i := 0; i < apps; i++ {
		fmt.Fprintf(&b, "    apps.app%d = { o1 = \"x%d\"; o5 = \"y\"; };\n", i, i)
	}
	b.WriteString("  }\n]; }).config\n")
	return b.String()
}
