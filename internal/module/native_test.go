package module

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// evalWithLib evaluates the function file (lib: EXPR) with the built-in lib
// in dir, with its Go functions (native) or as Nix code only, and returns
// the JSON of the result or the error message, and the native counts.
func evalWithLib(t *testing.T, dir, file string, native bool) (string, *nativeStats) {
	t.Helper()
	ev := eval.New(context.Background(), eval.Options{
		Roots:      []string{dir, filepath.Dir(file)},
		Stderr:     io.Discard,
		SearchPath: map[string]string{},
	})
	stats := &nativeStats{}
	var lib eval.Value
	var err error
	if native {
		var fn eval.Value
		fn, err = ev.EvalFile(filepath.Join(dir, "lib.nix"))
		if err == nil {
			var set *eval.Attrs
			set, stats = nativeLibStats()
			lib, err = ev.Call(eval.Pos{}, fn, set)
		}
	} else {
		lib, err = ev.EvalFile(dir)
	}
	if err != nil {
		t.Fatalf("loading the lib: %v", err)
	}
	f, err := ev.EvalFile(file)
	if err != nil {
		t.Fatalf("loading %s: %v", file, err)
	}
	v, err := ev.Call(eval.Pos{}, f, lib)
	if err == nil {
		v, err = ev.DeepForce(v)
	}
	if err != nil {
		return err.Error(), stats // "error: ..."
	}
	js, err := eval.ToJSON(ev, eval.Pos{}, v)
	if err != nil {
		return err.Error(), stats // "error: ..."
	}
	return js, stats
}

// writeModuleCase writes the i-th case file of a table into dir: the config
// of evalModules on the one module expr, as a function of lib.
func writeModuleCase(t *testing.T, dir string, i int, expr string) string {
	t.Helper()
	file := filepath.Join(dir, fmt.Sprintf("case%d.nix", i))
	src := "lib: (lib.evalModules { modules = [ (" + expr + ") ]; }).config\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// nativeAndNix evaluates the i-th case of a table (see writeModuleCase)
// with the lib in dir, with its Go functions and as Nix code only.
func nativeAndNix(t *testing.T, dir, tmp string, i int, expr string) (goOut, nixOut string, stats *nativeStats) {
	t.Helper()
	file := writeModuleCase(t, tmp, i, expr)
	nixOut, _ = evalWithLib(t, dir, file, false)
	goOut, stats = evalWithLib(t, dir, file, true)
	t.Logf("result: %.160s", goOut)
	return goOut, nixOut, stats
}

// TestNativeMergeLevelHandlesApps checks that the Go mergeLevel computes the
// app-like workload without handing any level to the Nix code, and gives
// the Nix code's result.
func TestNativeMergeLevelHandlesApps(t *testing.T) {
	dir := writtenLib(t)
	tmp := t.TempDir()
	_, entry := writeBenchApps(t, tmp, 20)
	nixOut, _ := evalWithLib(t, dir, entry, false)
	goOut, stats := evalWithLib(t, dir, entry, true)
	if strings.HasPrefix(goOut, "error: ") || goOut != nixOut {
		t.Fatalf("native result differs from the Nix code's:\nnative: %.300s\nnix:    %.300s", goOut, nixOut)
	}
	if stats.levels < 20 {
		t.Errorf("the native mergeLevel merged %d levels, want at least one per app (20)", stats.levels)
	}
	if stats.nixLevels != 0 {
		t.Errorf("the native mergeLevel handed %d levels to the Nix code, want none for plain definitions", stats.nixLevels)
	}
	if stats.evals != 21 || stats.nixEvals != 0 {
		t.Errorf("the native evalModules ran %d evaluations and handed %d to the Nix code, want 21 (one per app and the top) and none", stats.evals, stats.nixEvals)
	}
	// Each app's module function builds 14 container and enum types; all
	// but the first app's come from the cache.
	if want := 19 * 14; stats.typeHits < want {
		t.Errorf("the type cache answered %d constructions, want at least %d", stats.typeHits, want)
	}
}

// errorHead is a result without the trace of calls after an error's
// message and position: the Go functions make some of those calls
// themselves, so the trace can be shorter than the Nix code's.
func errorHead(out string) string {
	if !strings.HasPrefix(out, "error: ") {
		return out
	}
	head, _, _ := strings.Cut(out, "\n       … ")
	return head
}

// TestNativeEvalModules checks evaluations the Go evalModules computes
// itself (native) and shapes it leaves to evalModulesNix: the results and
// error messages must be the Nix code's either way.
func TestNativeEvalModules(t *testing.T) {
	const sub = `lib.types.submodule ({ name, ... }: { options.n = lib.mkOption { type = lib.types.str; default = name; }; })`
	tests := []struct {
		name   string
		src    string // lib: EXPR
		native bool   // no part goes to evalModulesNix
	}{
		{"imports and keys", `lib: (lib.evalModules { modules = [ { imports = [ ./a.nix { key = "k"; b = 2; } ]; } { imports = [ { key = "k"; b = 3; } ]; } ]; }).config`, true},
		{"module arguments", `lib: (lib.evalModules { modules = [ ({ config, options, specialArgs, _prefix, extra, ... }: { options.a = lib.mkOption { type = lib.types.int; default = extra + builtins.length _prefix; }; options.b = lib.mkOption { type = lib.types.bool; default = options.a.isDefined && specialArgs ? extra; }; }) ]; specialArgs.extra = 3; prefix = [ "p" ]; }).config`, true},
		{"_module.args", `lib: (lib.evalModules { modules = [ ({ x, ... }: { options.a = lib.mkOption { default = x; }; }) { _module.args.x = 5; } ]; }).config`, true},
		{"submodules", `lib: (lib.evalModules { modules = [ { options.s = lib.mkOption { type = lib.types.attrsOf (` + sub + `); }; config.s = { p = { }; q.n = "m"; }; } ]; }).config`, true},
		{"class", `lib: (lib.evalModules { class = "k"; modules = [ { _class = "k"; options.a = lib.mkOption { default = 1; }; } ]; }).config`, true},
		{"result fields", `lib: let r = lib.evalModules { modules = [ { options.a = lib.mkOption { default = 1; }; } ]; }; e = r.extendModules { modules = [ { a = 2; } ]; }; in { inherit (r) _type class; a = r.options.a.value; args = builtins.attrNames r._module.args; ext = e.config.a; t = r.type.name; }`, true},
		{"meta", `lib: (lib.evalModules { modules = [ { meta.x = 1; options.a = lib.mkOption { default = 1; }; } ]; }).config`, true},
		{"error in a module", `lib: (lib.evalModules { modules = [ { options.a = lib.mkOption { type = lib.types.int; }; config.a = "x"; } ]; }).config`, true},
		{"function modules", `lib: (lib.evalModules { modules = [ ({ ... }: { options.a = lib.mkOption { default = 1; }; options.b = lib.mkOption { type = lib.types.listOf lib.types.int; }; }) ({ config, ... }: { b = [ config.a ]; }) ({ lib, ... }: { imports = [ { b = [ 2 ]; } ]; config.b = [ 3 ]; }) ]; }).config`, true},
		{"missing module argument", `lib: (lib.evalModules { modules = [ ({ pkgs, ... }: { options.a = lib.mkOption { default = pkgs.x; }; }) ]; }).config`, true},
		{"unsupported attribute", `lib: (lib.evalModules { modules = [ ({ ... }: { options.a = lib.mkOption { default = 1; }; foo = 2; }) ]; }).config`, false},
		{"unknown option", `lib: (lib.evalModules { modules = [ { options.a = lib.mkOption { default = 1; }; config.b = 2; } ]; }).config`, false},
		{"freeform", `lib: (lib.evalModules { modules = [ { freeformType = lib.types.attrsOf lib.types.int; options.a = lib.mkOption { default = 1; }; config.x = 2; } ]; }).config`, true},
		{"freeform, nested and in submodules", `lib: (lib.evalModules { modules = [ { freeformType = lib.types.attrsOf lib.types.anything; options.a.b = lib.mkOption { default = 1; }; options.s = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { freeformType = lib.types.attrsOf lib.types.str; options.n = lib.mkOption { default = "n"; }; }); }; config = { a.c = 2; x.y = [ 3 ]; s.p = { m = "v"; }; }; } ]; }).config`, true},
		{"freeform type error", `lib: (lib.evalModules { modules = [ { freeformType = lib.types.attrsOf lib.types.int; options.a = lib.mkOption { default = 1; }; config.x = "two"; } ]; }).config`, true},
		{"freeform, options read", `lib: let r = lib.evalModules { modules = [ { freeformType = lib.types.attrsOf lib.types.int; options.a = lib.mkOption { default = 1; }; config.x = 2; } ]; }; in { a = r.options.a.value; m = builtins.attrNames r._module; }`, true},
		{"check off by a module", `lib: (lib.evalModules { modules = [ { options.a = lib.mkOption { default = 1; }; config.b = 2; config._module.check = false; } ]; }).config`, true},
		{"disabledModules", `lib: (lib.evalModules { modules = [ { imports = [ ./a.nix ]; disabledModules = [ ./a.nix ]; options.a = lib.mkOption { default = 1; }; } ]; }).config`, false},
		{"check = false", `lib: (lib.evalModules { check = false; modules = [ { options.a = lib.mkOption { default = 1; }; config.b = 2; } ]; }).config`, false},
		{"args", `lib: (lib.evalModules { args.x = 4; modules = [ ({ x, ... }: { options.a = lib.mkOption { default = x; }; }) ]; }).config`, false},
		{"wrong class", `lib: (lib.evalModules { class = "k"; modules = [ { _class = "j"; } ]; }).config`, false},
		{"not a list", `lib: (lib.evalModules { modules = 1; }).config`, false},
		{"unknown argument", `lib: (lib.evalModules { modules = [ ]; foo = 1; }).config`, false},
	}
	dir := writtenLib(t)
	tmp := t.TempDir()
	if err := os.WriteFile(filepath.Join(tmp, "a.nix"), []byte("{ lib, ... }: { options.b = lib.mkOption { type = lib.types.listOf lib.types.int; apply = builtins.length; }; config.b = [ 1 ]; }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(tmp, fmt.Sprintf("eval%d.nix", i))
			if err := os.WriteFile(file, []byte(tt.src+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			nixOut, _ := evalWithLib(t, dir, file, false)
			goOut, stats := evalWithLib(t, dir, file, true)
			t.Logf("result: %.200s", goOut)
			if errorHead(goOut) != errorHead(nixOut) {
				t.Errorf("native result differs from the Nix code's:\nnative: %s\nnix:    %s", goOut, nixOut)
			}
			if tt.native && stats.nixEvals != 0 {
				t.Errorf("the native evalModules handed %d evaluations to the Nix code, want none", stats.nixEvals)
			}
			if !tt.native && stats.nixEvals == 0 {
				t.Errorf("the native evalModules computed everything itself (%d evaluations); this shape is the Nix code's", stats.evals)
			}
		})
	}
}

// TestNativeMergeLevelFallsBack checks shapes the Go mergeLevel leaves to
// the Nix code: the results and error messages must be the Nix code's, and
// the Nix mergeLevel must have been used.
func TestNativeMergeLevelFallsBack(t *testing.T) {
	tests := []struct{ name, expr string }{
		{"property definition", `{ options.a = lib.mkOption { type = lib.types.int; }; config.a = lib.mkIf true 1; }`},
		{"priorities", `{ options.a = lib.mkOption { type = lib.types.int; default = 1; }; config = lib.mkMerge [ { a = lib.mkForce 2; } { a = 3; } ]; }`},
		{"two declarations", `{ imports = [ { options.a = lib.mkOption { type = lib.types.listOf lib.types.int; }; } ]; options.a = lib.mkOption { type = lib.types.listOf lib.types.int; }; config.a = [ 1 ]; }`},
		{"apply", `{ options.a = lib.mkOption { type = lib.types.int; apply = x: x + 1; }; config.a = 1; }`},
		{"read-only twice", `{ imports = [ { a = 2; } ]; options.a = lib.mkOption { type = lib.types.int; readOnly = true; }; config.a = 1; }`},
		{"type error", `{ options.a.b = lib.mkOption { type = lib.types.str; }; config.a.b = 1; }`},
		{"conflict", `{ imports = [ { a = "x"; } ]; options.a = lib.mkOption { type = lib.types.str; }; config.a = "y"; }`},
		{"undefined", `{ options.a = lib.mkOption { type = lib.types.str; }; options.b = lib.mkOption { type = lib.types.str; default = "b"; }; }`},
		{"unknown option", `{ options.a = lib.mkOption { type = lib.types.str; default = "a"; }; config.c = 1; }`},
		{"bare type", `{ options.a = lib.types.str; }`},
		{"freeform", `{ freeformType = lib.types.attrsOf lib.types.int; options.a = lib.mkOption { type = lib.types.int; default = 1; }; config.x = 2; }`},
		{"recursion", `({ config, ... }: { options.a = lib.mkOption { type = lib.types.int; }; config.a = config.a + 1; })`},
	}
	dir := writtenLib(t)
	tmp := t.TempDir()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			goOut, nixOut, stats := nativeAndNix(t, dir, tmp, i, tt.expr)
			if goOut != nixOut {
				t.Errorf("native result differs from the Nix code's:\nnative: %s\nnix:    %s", goOut, nixOut)
			}
			if stats.nixLevels == 0 {
				t.Errorf("the native mergeLevel computed everything itself (%d levels); this shape is the Nix code's", stats.levels)
			}
		})
	}
}

// TestNativeContainerMerges checks the shapes the Go merges of attrsOf,
// listOf and nullOr compute themselves (or hand to the Nix merge without a
// fallback of the level): the results must be the Nix code's.
func TestNativeContainerMerges(t *testing.T) {
	tests := []struct{ name, expr string }{
		{"attrs of ints", `{ options.a = lib.mkOption { type = lib.types.attrsOf lib.types.int; }; config.a = { x = 1; y = 2; }; }`},
		{"attrs of lists", `{ options.a = lib.mkOption { type = lib.types.attrsOf (lib.types.listOf lib.types.str); }; config.a.x = [ "p" "q" ]; }`},
		{"attrs, two definitions", `{ imports = [ { a.y = 2; } ]; options.a = lib.mkOption { type = lib.types.attrsOf lib.types.int; }; config.a.x = 1; }`},
		{"attrs, element property", `{ options.a = lib.mkOption { type = lib.types.attrsOf lib.types.int; }; config.a = { x = lib.mkIf false 1; y = 2; }; }`},
		{"lazy attrs", `{ options.a = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.int; }; config.a = { x = 1; }; }`},
		{"list, two definitions", `{ imports = [ { a = [ 3 ]; } ]; options.a = lib.mkOption { type = lib.types.listOf lib.types.int; }; config.a = [ 1 2 ]; }`},
		{"list, element property", `{ options.a = lib.mkOption { type = lib.types.listOf lib.types.int; }; config.a = [ 1 (lib.mkIf false 2) 3 ]; }`},
		{"list of submodules", `{ options.a = lib.mkOption { type = lib.types.listOf (lib.types.submodule { options.n = lib.mkOption { type = lib.types.int; default = 0; }; }); }; config.a = [ { } { n = 2; } ]; }`},
		{"nullOr null", `{ options.a = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; }; }`},
		{"nullOr value", `{ options.a = lib.mkOption { type = lib.types.nullOr (lib.types.attrsOf lib.types.str); }; config.a.k = "v"; }`},
		{"nullOr, two definitions", `{ imports = [ { a = null; } ]; options.a = lib.mkOption { type = lib.types.nullOr lib.types.str; }; config.a = null; }`},
		{"attrs, a name defined twice", `{ imports = [ { a.x = [ 2 ]; } ]; options.a = lib.mkOption { type = lib.types.attrsOf (lib.types.listOf lib.types.int); }; config.a = { x = [ 1 ]; y = [ 3 ]; }; }`},
		{"lazy attrs, two definitions", `{ imports = [ { a = { x = 1; z = 4; }; } ]; options.a = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.int; }; config.a = { y = 2; }; }`},
		{"lazy attrs, properties", `{ options.a = lib.mkOption { type = lib.types.lazyAttrsOf (lib.types.listOf lib.types.int); }; config.a = { x = lib.mkIf false [ 1 ]; y = lib.mkMerge [ [ 2 ] [ 3 ] ]; }; }`},
		{"restricted integers", `{ options.a = lib.mkOption { type = lib.types.attrsOf lib.types.port; }; options.b = lib.mkOption { type = lib.types.listOf lib.types.ints.positive; }; options.c = lib.mkOption { type = lib.types.ints.between 1 5; }; options.d = lib.mkOption { type = lib.types.ints.unsigned; }; config = { a = { x = 80; y = 443; }; b = [ 1 2 ]; c = 3; d = 0; }; }`},
		{"recursive type", `let v = lib.types.nullOr (lib.types.oneOf [ lib.types.int (lib.types.attrsOf v) (lib.types.listOf v) ]); in { options.a = lib.mkOption { type = v; }; config.a = { x = [ 1 { y = null; } ]; z = 2; }; }`},
		{"type of an unused failing element type", `{ options.a = lib.mkOption { type = lib.types.attrsOf (throw "no element type"); default = { }; }; options.b = lib.mkOption { type = lib.types.listOf (throw "no"); default = [ ]; }; }`},
		{"enums of other values", `{ options.a = lib.mkOption { type = lib.types.enum [ "x" "y" ]; default = "y"; }; options.b = lib.mkOption { type = lib.types.listOf (lib.types.enum [ "p" 1 true ]); default = [ 1 "p" true ]; }; options.c = lib.mkOption { type = lib.types.enum [ "x" ]; default = "x"; }; }`},
		{"nullOr check", `{ options.a = lib.mkOption { type = lib.types.nullOr lib.types.port; }; options.b = lib.mkOption { type = lib.types.listOf (lib.types.nullOr lib.types.str); }; config.a = 80; config.b = [ null "x" ]; }`},
	}
	dir := writtenLib(t)
	tmp := t.TempDir()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			goOut, nixOut, _ := nativeAndNix(t, dir, tmp, i, tt.expr)
			if strings.HasPrefix(goOut, "error") || goOut != nixOut {
				t.Errorf("native result differs from the Nix code's or failed:\nnative: %s\nnix:    %s", goOut, nixOut)
			}
		})
	}
}

// TestNativeContainerErrors checks type errors inside containers merged by
// the Go merges: the message must be the Nix code's (the trace of Nix
// calls behind it is shorter, as the Go merge made some of them).
func TestNativeContainerErrors(t *testing.T) {
	tests := []struct{ name, expr string }{
		{"list element type", `{ options.a = lib.mkOption { type = lib.types.listOf lib.types.int; }; config.a = [ 1 "x" ]; }`},
		{"attrs element type", `{ options.a = lib.mkOption { type = lib.types.attrsOf lib.types.port; }; config.a.x = 70000; }`},
		{"nullOr element type", `{ options.a = lib.mkOption { type = lib.types.nullOr (lib.types.listOf lib.types.str); }; config.a = [ 1 ]; }`},
		{"nullOr conflict", `{ imports = [ { a = null; } ]; options.a = lib.mkOption { type = lib.types.nullOr lib.types.str; }; config.a = "x"; }`},
		{"attrs, conflicting values", `{ imports = [ { a.x = "p"; } ]; options.a = lib.mkOption { type = lib.types.attrsOf lib.types.str; }; config.a.x = "q"; }`},
		{"lazy attrs, undefined value", `{ options.a = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.int; }; config.a = { x = lib.mkIf false 1; }; }`},
		{"positive zero", `{ options.b = lib.mkOption { type = lib.types.listOf lib.types.ints.positive; }; config.b = [ 1 0 ]; }`},
		{"unsigned negative", `{ options.d = lib.mkOption { type = lib.types.ints.unsigned; }; config.d = -1; }`},
		{"between, above", `{ options.c = lib.mkOption { type = lib.types.ints.between 1 5; }; config.c = 6; }`},
		{"port, a string", `{ options.a = lib.mkOption { type = lib.types.attrsOf lib.types.port; }; config.a.x = "80"; }`},
		{"nullOr check fails", `{ options.a = lib.mkOption { type = lib.types.nullOr lib.types.port; }; config.a = 70000; }`},
		{"nullOr check not a Boolean", `{ options.a = lib.mkOption { type = lib.types.nullOr (lib.types.mkOptionType { name = "odd"; check = x: "yes"; }); }; config.a = 1; }`},
		{"attrs head check", `{ options.a = lib.mkOption { type = lib.types.attrsOf lib.types.int; }; config.a = 1; }`},
		{"list head check", `{ imports = [ { a = [ 1 ]; } ]; options.a = lib.mkOption { type = lib.types.listOf lib.types.int; }; config.a = "x"; }`},
	}
	message := func(out string) string {
		msg, _, _ := strings.Cut(out, "\n\n       at ")
		return msg
	}
	dir := writtenLib(t)
	tmp := t.TempDir()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			goOut, nixOut, _ := nativeAndNix(t, dir, tmp, i, tt.expr)
			if !strings.HasPrefix(goOut, "error: ") || message(goOut) != message(nixOut) {
				t.Errorf("native error differs from the Nix code's:\nnative: %s\nnix:    %s", message(goOut), message(nixOut))
			}
		})
	}
}
