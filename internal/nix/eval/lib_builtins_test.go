package eval

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// libCases exercise the builtins through nixpkgs' lib, the way module code
// uses them. Each expression sees `lib`; the expected values were recorded
// with Nix 2.8 and nixpkgs' lib.
var libCases = []struct{ expr, want string }{
	{`lib.splitString "," "a,b,,c"`, `["a","b","","c"]`},
	{`lib.versions.majorMinor "1.22.3"`, `"1.22"`},
	{`lib.toUpper "hello"`, `"HELLO"`},
	{`lib.escapeShellArg "it's"`, `"'it'\\''s'"`},
	{`lib.strings.sanitizeDerivationName "a b/c"`, `"a-b-c"`},
	{`lib.generators.toINI {} { s = { a = 1; b = "x"; }; }`, `"[s]\na=1\nb=x\n"`},
	{`lib.generators.toYAML {} { a = [1 2]; }`, `"{\"a\":[1,2]}"`},
	{`lib.toposort (a: b: a < b) [3 1 2]`, `{"result":[1,2,3]}`},
	{`lib.sort (a: b: a < b) [3 1 2]`, `[1,2,3]`},
	{`lib.strings.hasInfix "b" "abc"`, `true`},
	{`lib.strings.removePrefix "a" "abc"`, `"bc"`},
	{`lib.strings.splitString "." "1.2.3"`, `["1","2","3"]`},
	{`lib.strings.fixedWidthNumber 5 42`, `"00042"`},
	{`lib.strings.escapeRegex "a.b*c"`, `"a\\.b\\*c"`},
	{`lib.strings.toInt "42"`, `42`},
	{`lib.strings.normalizePath "/a//b///c"`, `"/a/b/c"`},
	{`lib.attrsets.recursiveUpdate { a.b = 1; } { a.c = 2; }`, `{"a":{"b":1,"c":2}}`},
	{`lib.attrsets.mapAttrsToList (n: v: n) { a = 1; b = 2; }`, `["a","b"]`},
	{`lib.lists.unique [1 2 1 3]`, `[1,2,3]`},
	{`lib.lists.range 1 5`, `[1,2,3,4,5]`},
	{`lib.strings.concatMapStringsSep "-" toString [1 2]`, `"1-2"`},
	{`lib.strings.stringToCharacters "abc"`, `["a","b","c"]`},
	{`lib.strings.escapeXML "<a&b>"`, `"&lt;a&amp;b&gt;"`},
	{`lib.generators.toPretty {} { a = [1 "x" null]; b = 1.5; }`, `"{\n  a = [\n    1\n    \"x\"\n    null\n  ];\n  b = 1.5;\n}"`},
	{`lib.strings.toLower "HeLLo"`, `"hello"`},
	{`lib.trivial.toHexString 255`, `"FF"`},
	{`lib.strings.isStorePath "/nix/store/abc"`, `true`},
	{`lib.fileset or null == null`, `false`},
	{`lib.strings.match or 1`, `error: cannot convert the built-in function 'match' to JSON`},
	{`(lib.evalModules { modules = [ { options.x = lib.mkOption { type = lib.types.str; default = "d"; }; } ]; }).config.x`, `"d"`},
	{`lib.strings.levenshtein "kitten" "sitting"`, `3`},
	{`lib.strings.commonPrefixLength "abcd" "abxy"`, `2`},
	{`lib.strings.splitString "/" "a/b"`, `["a","b"]`},
	{`lib.types.str.check "a"`, `true`},
	{`lib.strings.toJSON { a = 1; }`, `"{\"a\":1}"`},
	{`lib.cli.toGNUCommandLineShell {} { a = true; b = "x"; }`, `"-a -b x"`},
	{`lib.strings.escapeNixString "a\"b"`, `"\"a\\\"b\""`},
	{`lib.strings.replicate 3 "ab"`, `"ababab"`},
	{`lib.versions.splitVersion "1.2.3"`, `["1","2","3"]`},
	{`lib.strings.versionOlder "1.2" "1.10"`, `true`},
	{`lib.meta.getName or 1`, `1`},
	{`lib.strings.trim "  a b  "`, `"a b"`},
}

func TestBuiltinsThroughNixpkgsLib(t *testing.T) {
	libDir := os.Getenv("NIXPKGS_LIB")
	if libDir == "" {
		t.Skip("NIXPKGS_LIB is not set: point it at a checkout of nixpkgs' lib/ directory to run this test")
	}
	libDir, err := filepath.Abs(libDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range libCases {
		var stderr bytes.Buffer
		dir := t.TempDir()
		ev := New(context.Background(), Options{Stderr: &stderr, Roots: []string{filepath.Dir(libDir), dir}})
		src := "let lib = import " + libDir + "; in " + tc.expr
		v, err := ev.EvalSource("t.nix", []byte(src), dir)
		if err == nil {
			v, err = ev.DeepForce(v)
		}
		got := ""
		if err == nil {
			got, err = ToJSON(ev, Pos{}, v)
		}
		if err != nil {
			got = "error: " + strings.SplitN(strings.TrimPrefix(err.Error(), "error: "), "\n", 2)[0]
		}
		if got != tc.want {
			t.Errorf("%s\n   got: %s\n  want: %s", tc.expr, got, tc.want)
		}
	}
}
