package module

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The benchmark workload shared by bench/modules.sh and the Go benchmarks of
// this package: options.nix declares an attribute set of app submodules
// with 20 options each, apps.nix defines n app entries setting most of them,
// and entry.nix is `lib: (lib.evalModules { ... }).config` over both.
//
// bench/modules.sh writes it with
//
//	go test ./internal/module -run '^TestBenchApps$' -count=1 -bench-apps-dir=DIR -bench-apps=N

var (
	benchAppsDir = flag.String("bench-apps-dir", "", "TestBenchApps writes the benchmark modules (options.nix, apps.nix, entry.nix) to this directory")
	benchAppsN   = flag.Int("bench-apps", 1000, "number of app entries TestBenchApps writes")
)

const benchAppsOptions = `{ lib, ... }:
let t = lib.types; in
{
  options.apps = lib.mkOption {
    type = t.attrsOf (t.submodule ({ name, config, ... }: {
      options = {
        name = lib.mkOption { type = t.str; default = name; };
        namespace = lib.mkOption { type = t.str; default = "default"; };
        image = lib.mkOption { type = t.str; };
        replicas = lib.mkOption { type = t.ints.positive; default = 1; };
        enable = lib.mkOption { type = t.bool; default = true; };
        tier = lib.mkOption { type = t.enum [ "frontend" "backend" "data" ]; default = "backend"; };
        ports = lib.mkOption { type = t.attrsOf t.port; default = { }; };
        env = lib.mkOption { type = t.attrsOf t.str; default = { }; };
        labels = lib.mkOption { type = t.attrsOf t.str; default = { }; };
        annotations = lib.mkOption { type = t.attrsOf t.str; default = { }; };
        consumes = lib.mkOption { type = t.listOf t.str; default = [ ]; };
        allowFrom = lib.mkOption { type = t.listOf t.str; default = [ ]; };
        args = lib.mkOption { type = t.listOf t.str; default = [ ]; };
        cpu = lib.mkOption { type = t.nullOr t.str; default = null; };
        memory = lib.mkOption { type = t.nullOr t.str; default = null; };
        host = lib.mkOption { type = t.nullOr t.str; default = null; };
        minAvailable = lib.mkOption { type = t.nullOr t.ints.unsigned; default = null; };
        serviceAccount = lib.mkOption { type = t.str; default = config.name; };
        pullPolicy = lib.mkOption { type = t.enum [ "Always" "IfNotPresent" "Never" ]; default = "IfNotPresent"; };
        command = lib.mkOption { type = t.listOf t.str; default = [ ]; };
      };
      config.labels."app.kubernetes.io/name" = config.name;
    }));
  };
}
`

// benchAppsDefinitions is apps.nix: n app entries.
func benchAppsDefinitions(n int) string {
	tiers := []string{"frontend", "backend", "data"}
	var b strings.Builder
	b.WriteString("{ ... }:\n{\n  apps = {\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "    app%d = {\n", i)
		fmt.Fprintf(&b, "      namespace = \"ns%d\";\n      image = \"ghcr.io/acme/app%d:1.%d.0\";\n", i%20, i, i%7)
		fmt.Fprintf(&b, "      replicas = %d;\n      tier = %q;\n", i%5+1, tiers[i%3])
		fmt.Fprintf(&b, "      ports = { http = %d; metrics = 9090; };\n", 8000+i%100)
		fmt.Fprintf(&b, "      env = { LOG_LEVEL = \"info\"; APP_ID = \"%d\"; };\n", i)
		fmt.Fprintf(&b, "      labels.team = \"team%d\";\n      annotations.\"acme.com/owner\" = \"owner%d\";\n", i%10, i%10)
		fmt.Fprintf(&b, "      consumes = [ \"app%d\" ];\n      allowFrom = [ \"app%d\" ];\n", (i+1)%n, (i+n-1)%n)
		fmt.Fprintf(&b, "      args = [ \"--port=%d\" ];\n      cpu = \"%dm\";\n      memory = \"%dMi\";\n", 8000+i%100, 100+i%400, 128+i%512)
		if i%4 == 0 {
			fmt.Fprintf(&b, "      host = \"app%d.example.com\";\n", i)
		}
		b.WriteString("      minAvailable = 1;\n      command = [ \"/bin/app\" ];\n    };\n")
	}
	b.WriteString("  };\n}\n")
	return b.String()
}

// writeBenchApps writes the workload with n app entries into dir and returns
// the module files (options.nix, apps.nix, in evalModules order) and
// entry.nix.
func writeBenchApps(tb testing.TB, dir string, n int) (modules []string, entry string) {
	tb.Helper()
	files := []struct{ name, content string }{
		{"options.nix", benchAppsOptions},
		{"apps.nix", benchAppsDefinitions(n)},
		{"entry.nix", "lib: (lib.evalModules { modules = [ ./options.nix ./apps.nix ]; }).config\n"},
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.name), []byte(f.content), 0o644); err != nil {
			tb.Fatalf("writing %s: %v", f.name, err)
		}
	}
	return []string{filepath.Join(dir, "options.nix"), filepath.Join(dir, "apps.nix")}, filepath.Join(dir, "entry.nix")
}

// TestBenchApps writes the workload to -bench-apps-dir (for bench/modules.sh),
// or to a temporary directory, and checks it holds -bench-apps entries.
func TestBenchApps(t *testing.T) {
	dir := *benchAppsDir
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	n := *benchAppsN
	if n < 1 {
		t.Fatalf("-bench-apps=%d: need at least one app", n)
	}
	modules, entry := writeBenchApps(t, dir, n)
	apps, err := os.ReadFile(modules[1])
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(apps), " = {\n      namespace = "); got != n {
		t.Errorf("%s defines %d apps, want %d", modules[1], got, n)
	}
	if _, err := os.Stat(entry); err != nil {
		t.Error(err)
	}
}
