package eval_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

var benchOut = flag.String("bench-out", "", "TestGenerateBenchFiles also writes the module-like benchmark file set into this directory (used by bench/eval.sh)")

// The module-like benchmark file set: a small library with benchFunctions
// functions spread over benchLibFiles files, and benchModules modules of
// benchAttrsPerModule attributes each (benchModules*benchAttrsPerModule =
// 5,000 attributes), merged by a foldl'-based evalModules look-alike with
// a config fixed point, as nixpkgs-style module code does.
const (
	benchFunctions      = 200
	benchLibFiles       = 4
	benchModules        = 20
	benchAttrsPerModule = 250
	benchEntry          = "default.nix"
)

// benchFiles returns the benchmark file set: relative path -> content.
// It is a pure function of the constants above.
func benchFiles() map[string]string {
	files := map[string]string{}

	var b strings.Builder
	b.WriteString("# Module-like benchmark entry point (generated).\n")
	b.WriteString("let\n  lib = import ./lib;\n  modules = [\n")
	for m := 0; m < benchModules; m++ {
		fmt.Fprintf(&b, "    ./modules/m%02d.nix\n", m)
	}
	b.WriteString("  ];\nin lib.evalModules modules\n")
	files[benchEntry] = b.String()

	b.Reset()
	b.WriteString("# The library: helpers plus the generated functions, as one fixed point.\n")
	b.WriteString("let\n  lib = {\n")
	b.WriteString("    recursiveUpdate = lhs: rhs:\n")
	b.WriteString("      lhs // builtins.mapAttrs (n: v:\n")
	b.WriteString("        if builtins.isAttrs v && builtins.isAttrs (lhs.${n} or null)\n")
	b.WriteString("        then lib.recursiveUpdate lhs.${n} v else v) rhs;\n")
	b.WriteString("    evalModules = modules:\n")
	b.WriteString("      let\n")
	b.WriteString("        config = builtins.foldl'\n")
	b.WriteString("          (acc: m: lib.recursiveUpdate acc (import m { inherit lib config; }))\n")
	b.WriteString("          { global = { prefix = \"bench\"; replicas = 2; }; }\n")
	b.WriteString("          modules;\n")
	b.WriteString("      in config;\n")
	b.WriteString("    nameValue = name: value: { inherit name value; };\n")
	b.WriteString("  }")
	for f := 0; f < benchLibFiles; f++ {
		fmt.Fprintf(&b, "\n  // import ./fns%d.nix lib", f)
	}
	b.WriteString(";\nin lib\n")
	files["lib/default.nix"] = b.String()

	perFile := benchFunctions / benchLibFiles
	for f := 0; f < benchLibFiles; f++ {
		b.Reset()
		b.WriteString("# Generated library functions.\nlib: {\n")
		for i := f * perFile; i < (f+1)*perFile; i++ {
			b.WriteString(benchFunction(i))
		}
		b.WriteString("}\n")
		files[fmt.Sprintf("lib/fns%d.nix", f)] = b.String()
	}

	for m := 0; m < benchModules; m++ {
		b.Reset()
		fmt.Fprintf(&b, "# Generated module %d.\n{ lib, config }:\n{\n  group%02d = {\n", m, m)
		for a := 0; a < benchAttrsPerModule; a++ {
			n := m*benchAttrsPerModule + a
			fn := (n * 7) % benchFunctions
			fmt.Fprintf(&b, "    app%04d = lib.f%03d { name = \"app%04d\"; prefix = config.global.prefix; replicas = %d; };\n",
				n, fn, n, 1+n%5)
		}
		b.WriteString("  };\n}\n")
		files[fmt.Sprintf("modules/m%02d.nix", m)] = b.String()
	}
	return files
}

// benchFunction is library function number i; five shapes in turn, so the
// file set exercises formals, strings, lists, arithmetic and calls.
func benchFunction(i int) string {
	switch i % 5 {
	case 0:
		return fmt.Sprintf("  f%03d = { name, prefix, replicas ? 1, ... }: {\n"+
			"    inherit name replicas;\n    kind = \"Deployment\";\n    id = \"${prefix}-${name}-%d\";\n  };\n", i, i)
	case 1:
		return fmt.Sprintf("  f%03d = args: {\n"+
			"    name = args.name;\n"+
			"    labels = { app = args.name; tier = \"t%d\"; part-of = args.prefix; };\n"+
			"    short = builtins.substring 0 6 (builtins.replaceStrings [ \"app\" ] [ \"a-\" ] args.name);\n  };\n", i, i)
	case 2:
		return fmt.Sprintf("  f%03d = args: {\n"+
			"    name = args.name;\n"+
			"    ports = builtins.genList (p: { name = \"p${toString p}\"; port = %d + p; }) args.replicas;\n"+
			"    names = map (p: p.name) (builtins.filter (p: p.port > 0) (builtins.genList (p: { name = \"n${toString p}\"; port = p; }) 3));\n  };\n", i, 8000+i)
	case 3:
		return fmt.Sprintf("  f%03d = { name, replicas, ... }: rec {\n"+
			"    inherit name;\n    cpu = replicas * %d + 100;\n    memory = \"${toString (replicas * 64)}Mi\";\n"+
			"    scaled = builtins.foldl' (acc: x: acc + x) cpu (builtins.genList (x: x) replicas);\n  };\n", i, i+1)
	default:
		return fmt.Sprintf("  f%03d = args: lib.f%03d args // {\n"+
			"    wrapped = %d;\n    attrs = builtins.listToAttrs [ (lib.nameValue \"k%d\" args.replicas) ];\n  };\n", i, i-1, i, i)
	}
}

// writeBenchFiles writes the file set under dir.
func writeBenchFiles(dir string) error {
	files := benchFiles()
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("writing benchmark files: %w", err)
		}
		if err := os.WriteFile(p, []byte(files[name]), 0o644); err != nil {
			return fmt.Errorf("writing benchmark files: %w", err)
		}
	}
	return nil
}

// TestGenerateBenchFiles checks the benchmark file set (deterministic,
// the promised size, evaluates under real Nix to 5,000 attributes) and,
// with -bench-out DIR, writes it there for bench/eval.sh.
func TestGenerateBenchFiles(t *testing.T) {
	a, b := benchFiles(), benchFiles()
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatal("benchFiles is not deterministic")
	}
	var all bytes.Buffer
	for _, content := range a {
		all.WriteString(content)
	}
	if n := len(regexp.MustCompile(`(?m)^  f\d{3} = `).FindAll(all.Bytes(), -1)); n != benchFunctions {
		t.Errorf("file set defines %d library functions, want %d", n, benchFunctions)
	}
	if n := len(regexp.MustCompile(`(?m)^    app\d{4} = `).FindAll(all.Bytes(), -1)); n != 5000 {
		t.Errorf("file set defines %d module attributes, want 5000", n)
	}

	dir := *benchOut
	if dir == "" {
		dir = t.TempDir()
	}
	if err := writeBenchFiles(dir); err != nil {
		t.Fatal(err)
	}
	bin := requireNixInstantiate(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--readonly-mode", "--eval", "--strict", "--json", benchEntry)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("nix-instantiate on the benchmark files: %v\n%s", err, stderr.String())
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(out, &top); err != nil {
		t.Fatalf("decoding nix-instantiate output: %v", err)
	}
	got := map[string]map[string]map[string]any{}
	apps := 0
	for name, raw := range top {
		if !strings.HasPrefix(name, "group") {
			continue
		}
		var members map[string]map[string]any
		if err := json.Unmarshal(raw, &members); err != nil {
			t.Fatalf("decoding %s: %v", name, err)
		}
		got[name] = members
		apps += len(members)
	}
	if apps != benchModules*benchAttrsPerModule {
		t.Errorf("evaluated config has %d app attributes, want %d", apps, benchModules*benchAttrsPerModule)
	}
	if app := got["group03"]["app0777"]; app["name"] != "app0777" {
		t.Errorf("group03.app0777 = %v, want an attribute set named app0777", app)
	}
}
