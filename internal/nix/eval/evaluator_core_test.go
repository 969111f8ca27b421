package eval

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// evalString evaluates src (as a command-line expression in dir) and prints
// it like nix-instantiate --eval --strict.
func evalString(t *testing.T, src string, opts Options, dir string) (string, error) {
	t.Helper()
	ev := New(context.Background(), opts)
	v, err := ev.EvalSource(ExprFileName, []byte(src), dir)
	if err != nil {
		return "", err
	}
	return Print(ev, v)
}

func TestEvalValues(t *testing.T) {
	cases := []struct{ src, want string }{
		// literals and printing
		{`1`, `1`},
		{`"a\"b\n\t${"x"}$"`, `"a\"b\n\tx$"`},
		{`"\${x}"`, `"\${x}"`},
		{`"\r\\ $ ${"x"} \${x} $"`, `"\r\\ $ x \${x} $"`},
		{`[ 1 "a" null true false [ ] { } ]`, `[ 1 "a" null true false [ ] { } ]`},
		{`{ "a b" = 1; "1a" = 2; a-b = 3; "" = 4; "a'" = 5; }`, `{ "" = 4; "1a" = 2; "a b" = 1; a' = 5; a-b = 3; }`},
		{`[ (x: x) builtins.map (builtins.map (x: x)) ]`, `[ <LAMBDA> <PRIMOP> <PRIMOP-APP> ]`},
		{`{ a = 1.0; b = 0.1; c = 1.0e20; d = 3.14159265; e = 1.5e-7; g = 1234567.0; i = 123456.7; }`,
			`{ a = 1; b = 0.1; c = 1e+20; d = 3.14159; e = 1.5e-07; g = 1.23457e+06; i = 123457; }`},
		{`let x = { a = 1; }; in [ x x ]`, `[ { a = 1; } «repeated» ]`},
		{`let x = [ 1 ]; in { a = x; b = x; c = [ x x ]; }`, `{ a = [ 1 ]; b = «repeated»; c = [ «repeated» «repeated» ]; }`},
		{`{ a = { }; b = { }; }`, `{ a = { }; b = { }; }`},
		{`{ "if" = 1; "then" = 2; or = 3; "inherit" = 4; }`, `{ "if" = 1; inherit = 4; or = 3; then = 2; }`},
		{`let x = { a = x; }; in x`, `{ a = «repeated»; }`},
		{`let s = { a = 1; }; in [ s (s // { }) { a = 1; } ]`, `[ { a = 1; } «repeated» { a = 1; } ]`},
		// laziness
		{`let x = throw "no"; in 1`, `1`},
		{`{ a = throw "no"; }.b or 2`, `2`},
		{`builtins.length [ (throw "a") (abort "b") ]`, `2`},
		{`(x: 1) (throw "never")`, `1`},
		// let, rec, inherit
		{`let a = b; b = 1; in a`, `1`},
		{`rec { x = 1; y = x + 1; }`, `{ x = 1; y = 2; }`},
		{`let x = 1; in { inherit x; }`, `{ x = 1; }`},
		{`let s = { a = 1; b = 2; }; in { inherit (s) a b; }`, `{ a = 1; b = 2; }`},
		{`rec { s = { a = 1; }; inherit (s) a; }`, `{ a = 1; s = { a = 1; }; }`},
		{`let inherit ({ a = 5; }) a; in a`, `5`},
		{`let x = 1; in let inherit x; in x`, `1`},
		{`let { x = 1; body = x + 1; }`, `2`},
		// nested attribute paths
		{`{ a.b.c = 1; a.b.d = 2; }`, `{ a = { b = { c = 1; d = 2; }; }; }`},
		{`{ a = { b = 1; }; a.c = 2; }`, `{ a = { b = 1; c = 2; }; }`},
		{`{ a.c = 2; a = { b = 1; }; }`, `{ a = { b = 1; c = 2; }; }`},
		{`let a.b = 1; in a`, `{ b = 1; }`},
		{`rec { a.x = 1; b = a.x; }`, `{ a = { x = 1; }; b = 1; }`},
		// dynamic attributes
		{`{ ${"a" + "b"} = 1; }`, `{ ab = 1; }`},
		{`{ ${null} = 1; b = 2; }`, `{ b = 2; }`},
		{`let n = "x"; in { "${n}y" = 1; }`, `{ xy = 1; }`},
		{`{ a = 1; }.${"a"}`, `1`},
		{`{ ${"a"}.b = 1; }`, `{ a = { b = 1; }; }`},
		// select, or, ?
		{`{ a.b = 1; }.a.b`, `1`},
		{`{ a = 1; }.b.c or 3`, `3`},
		{`{ a = 1; }.a.c or 3`, `3`},
		{`{ a.b = 1; } ? a.b`, `true`},
		{`{ a = 1; } ? a.b`, `false`},
		{`1 ? a`, `false`},
		// with
		{`let x = 1; in with { x = 2; }; x`, `1`},
		{`with { x = 1; }; with { x = 2; }; x`, `2`},
		{`with { a = 1; }; with { x = 2; }; a`, `1`},
		{`with { map = 1; }; map`, `<PRIMOP>`},
		{`with { x = 1; }; let y = x; in y`, `1`},
		{`with 1; 2`, `2`},
		// arithmetic
		{`1 + 2 * 3 - 4 / 2`, `5`},
		{`1 + 1.5`, `2.5`},
		{`5 / 2`, `2`},
		{`5 / 2.0`, `2.5`},
		{`builtins.div (-7) 2`, `-3`},
		{`9223372036854775807 + 1`, `-9223372036854775808`},
		{`9223372036854775807 * 2`, `-2`},
		{`- 5`, `-5`},
		{`- 2.5`, `-2.5`},
		// strings and paths
		{`"a" + "b"`, `"ab"`},
		{`/foo + "bar"`, `/foobar`},
		{`/foo + "/bar"`, `/foo/bar`},
		{`/foo/. + "/../bar"`, `/bar`},
		{`"${{ __toString = self: "hi"; }}"`, `"hi"`},
		{`"${{ outPath = "op"; }}"`, `"op"`},
		{`toString [ 1 2 null true false "a" [ 3 ] ]`, `"1 2  1  a 3"`},
		{`toString 1.5`, `"1.500000"`},
		{`toString /a/b`, `"/a/b"`},
		// logic and comparison
		{`true && false || true`, `true`},
		{`false -> throw "no"`, `true`},
		{`[ (1 < 2) (2 <= 2) (3 > 2) (2 >= 3) ("a" < "b") (/a < /b) ([ 1 2 ] < [ 1 3 ]) ([ 1 ] < [ 1 0 ]) (1 < 1.5) ]`,
			`[ true true true false true true true true true ]`},
		{`[ (1 == 1.0) ({ a = [ 1 ]; } == { a = [ 1 ]; }) ("a" == "a") (null == null) ([ ] == { }) (1 != 2) ]`,
			`[ true true true true false true ]`},
		{`[ ((x: x) == (x: x)) (let f = x: x; in f == f) (let f = x: x; in [ f ] == [ f ]) (let s = { a = x: x; }; in s == s) (builtins.map == builtins.map) ]`,
			`[ false false true true false ]`},
		{`{ a = 1; } // { b = 2; } // { a = 3; }`, `{ a = 3; b = 2; }`},
		{`[ 1 ] ++ [ 2 ] ++ [ ]`, `[ 1 2 ]`},
		{`if 1 < 2 then "y" else "n"`, `"y"`},
		{`assert true; 1`, `1`},
		// functions
		{`let f = { a ? 1, ... }@args: a + builtins.length (builtins.attrNames args); in f { b = 2; }`, `2`},
		{`({ x ? y, y ? 2 }: x) { }`, `2`},
		{`(a@{ x ? a.y, ... }: x) { y = 5; }`, `5`},
		{`(args@{ ... }: args) { q = 1; }`, `{ q = 1; }`},
		{`{ __functor = self: x: x + 1; } 2`, `3`},
		{`{ __functor = self: x: y: self.n + x + y; n = 1; } 2 3`, `6`},
		{`let compose = f: g: x: f (g x); in compose (x: x * 2) (x: x + 1) 3`, `8`},
		{`builtins.map (x: x * 2) [ 1 2 3 ]`, `[ 2 4 6 ]`},
		{`builtins.functionArgs ({ a, b ? 1 }: a)`, `{ a = false; b = true; }`},
		// operators Nix desugars to calls can be rebound lexically (not by with)
		{`let __sub = a: b: "sub"; in [ (5 - 3) (-7) ]`, `[ "sub" "sub" ]`},
		{`with { __sub = a: b: "w"; }; 5 - 3`, `2`},
		{`let __lessThan = a: b: true; in [ (2 < 1) (1 > 2) (2 <= 1) (1 >= 2) ]`, `[ true true false false ]`},
		{`({ __mul ? (a: b: "m") }: 2 * 3) { }`, `"m"`},
		{`let __findFile = p: n: "found " + n; in <x/y>`, `"found x/y"`},
		// positions
		{`let s = { a.b.c = 1; a.b.d = 2; }; in [ (builtins.unsafeGetAttrPos "b" s.a).column (builtins.unsafeGetAttrPos "d" s.a.b).column ]`, `[ 11 22 ]`},
		{`let x = 1; s = { inherit x; }; in (builtins.unsafeGetAttrPos "x" s).column`, `25`},
		// toFile: Nix's store path, readable back although nothing is written
		{`builtins.toFile "x.txt" "hello"`, `"/nix/store/88vj4mdd0v081vjikgj4m40wmxmm7cn2-x.txt"`},
		{`builtins.readFile (builtins.toFile "x.txt" "hello")`, `"hello"`},
		{`import (builtins.toFile "x.nix" "1 + 2")`, `3`},
		// builtins set
		{`builtins.builtins.builtins ? map`, `true`},
		{`builtins ? foo`, `false`},
		{`[ builtins.langVersion builtins.currentSystem builtins.storeDir ]`, `[ 6 "x86_64-linux" "/nix/store" ]`},
		{`[ (__add 1 2) (__length [ 1 ]) ]`, `[ 3 1 ]`},
		{`isNull null`, `true`},
		{`removeAttrs { a = 1; b = 2; } [ "a" ]`, `{ b = 2; }`},
		{`[ (baseNameOf "/a/b") (baseNameOf "/a/b/") (dirOf "/a/b") (dirOf "a") (dirOf /a/b) ]`, `[ "b" "b" "/a" "." /a ]`},
		{`{ a = __curPos; }.a.line`, `1`},
		{`(builtins.tryEval (throw "x")).success`, `false`},
		{`(builtins.tryEval (assert false; 1)).success`, `false`},
		// frames of calls reused once the call returned (reuseFrame)
		{`let f = x: x.a + 1; in builtins.genList (i: f { a = i; }) 3`, `[ 1 2 3 ]`},
		{`let g = x: h x; h = y: y * 2; in map g [ 1 2 3 ]`, `[ 2 4 6 ]`},
		{`let f = x: x.v; s = { v = f { v = 3; }; }; in [ (f s) (f { v = f s; }) ]`, `[ 3 3 ]`},
		{`let id = x: x; in map (x: id (id x)) [ (id 1) (id (id 2)) ]`, `[ 1 2 ]`},
		{`let add = a: b: a + b; in [ (map (add 1) [ 1 2 ]) (add 3 4) (builtins.foldl' (a: b: a + b) 0 [ 1 2 3 ]) ]`, `[ [ 2 3 ] 7 6 ]`},
		{`let f = x: if x then throw "t" else 1; in [ (builtins.tryEval (f true)).success (f false) ]`, `[ false 1 ]`},
		{`let k = a: b: a; in map (f: f 0 5) (map k [ (x: x + 1) (x: x + 2) ])`, `[ 6 7 ]`},
		{`let nv = name: value: { inherit name value; }; in map (n: nv n 1) [ "a" "b" ]`, `[ { name = "a"; value = 1; } { name = "b"; value = 1; } ]`},
		{`let pair = a: b: [ a b ]; in [ (pair 1 2) (pair 3 4) ]`, `[ [ 1 2 ] [ 3 4 ] ]`},
		// genList's lists of every size class
		{`map (n: builtins.genList (i: i * 2) n) [ 0 1 6 7 ]`, `[ [ ] [ 0 ] [ 0 2 4 6 8 10 ] [ 0 2 4 6 8 10 12 ] ]`},
	}
	for _, c := range cases {
		got, err := evalString(t, c.src, Options{}, t.TempDir())
		if err != nil {
			t.Errorf("%s: unexpected error: %v", c.src, err)
			continue
		}
		if got != c.want {
			t.Errorf("%s\n got: %s\nwant: %s", c.src, got, c.want)
		}
	}
}

func TestEvalErrors(t *testing.T) {
	cases := []struct {
		src  string
		kind ErrorKind
		msg  string // the message (first line without "error: ")
		pos  string // "line:col" or ""
	}{
		{`let x = x; in x`, ErrInfiniteRecursion, "infinite recursion encountered", "1:9"},
		{`let a = { b = a.b; }; in a.b`, ErrInfiniteRecursion, "infinite recursion encountered", ""},
		{`x`, ErrEval, "undefined variable 'x'", "1:1"},
		{`let y = 1; in let x = z; in 1`, ErrEval, "undefined variable 'z'", "1:23"},
		{`{ a = 1; }.b`, ErrEval, "attribute 'b' missing", "1:1"},
		{`let s = { a = 1; }; in s.a.b`, ErrEval, "value is an integer while a set was expected", "1:24"},
		{`1 + "a"`, ErrEval, "cannot add a string to an integer", "1:5"},
		{`1 + null`, ErrEval, "cannot add null to an integer", ""},
		{`1 + builtins.map`, ErrEval, "cannot add the built-in function 'map' to an integer", ""},
		{`1.5 + {}`, ErrEval, "cannot add a set to a float", ""},
		{`1 - "a"`, ErrEval, "value is a string while an integer was expected", ""},
		{`2.0 - "a"`, ErrEval, "value is a string while a float was expected", ""},
		{`1 / 0`, ErrEval, "division by zero", ""},
		// `/` is builtins.div: the divisor is checked first, as a number.
		{`1 / "a"`, ErrEval, "value is a string while a float was expected", ""},
		{`"a" / 0`, ErrEval, "division by zero", ""},
		{`null / 1`, ErrEval, "value is null while an integer was expected", ""},
		{`(-9223372036854775807 - 1) / (-1)`, ErrEval, "overflow in integer division", ""},
		{`"${1}"`, ErrEval, "cannot coerce an integer to a string", ""},
		{`"${1.5}"`, ErrEval, "cannot coerce a float to a string", ""},
		{`"${{}}"`, ErrEval, "cannot coerce a set to a string", ""},
		{`"${x: x}"`, ErrEval, "cannot coerce a function to a string", ""},
		{`if 1 then 2 else 3`, ErrEval, "value is an integer while a Boolean was expected", "1:1"},
		{`!1`, ErrEval, "value is an integer while a Boolean was expected", ""},
		{`1 && true`, ErrEval, "value is an integer while a Boolean was expected", ""},
		{`assert 1 == 2; 1`, ErrAssert, "assertion '(1 == 2)' failed", "1:1"},
		{`assert 1 < 2 && "a" + "b" == "c"; 1`, ErrAssert, `assertion '((__lessThan 1 2) && (("a" + "b") == "c"))' failed`, ""},
		{`({ x }: x) { }`, ErrEval, "anonymous function at (string):1:2 called without required argument 'x'", "1:1"},
		{`({ x }: x) { x = 1; y = 2; }`, ErrEval, "anonymous function at (string):1:2 called with unexpected argument 'y'", ""},
		{`let f = { x }: x; in f { }`, ErrEval, "'f' at (string):1:9 called without required argument 'x'", "1:22"},
		{`1 2`, ErrEval, "attempt to call something which is not a function but an integer", ""},
		{`1 < "a"`, ErrEval, "cannot compare an integer with a string", ""},
		{`{} < {}`, ErrEval, "cannot compare a set with a set", ""},
		{`"a" < /b`, ErrEval, "cannot compare a string with a path", ""},
		{`{ a = 1; a = 2; }`, ErrEval, "attribute 'a' already defined at (string):1:3", "1:10"},
		{`{ a.b = 1; a = 2; }`, ErrEval, "attribute 'a' already defined at (string):1:3", ""},
		{`let x = 1; x = 2; in x`, ErrEval, "attribute 'x' already defined at (string):1:5", ""},
		{`rec { a = 1; inherit a; }`, ErrEval, "attribute 'a' already defined at (string):1:7", ""},
		{`{ ${"a"} = 1; ${"a"} = 2; }`, ErrEval, "attribute 'a' already defined at (string):1:3", ""},
		{`let x = "a"; in { ${x} = 1; ${x} = 2; }`, ErrEval, "dynamic attribute 'a' already defined at (string):1:19", "1:29"},
		{`let x = "a"; in { ${x} = 1; a = 2; }`, ErrEval, "dynamic attribute 'a' already defined at (string):1:29", "1:19"},
		{`with 1; x`, ErrEval, "value is an integer while a set was expected", ""},
		{`with { }; x`, ErrEval, "undefined variable 'x'", ""},
		{`throw "boo"`, ErrThrow, "boo", ""},
		{`abort "boo"`, ErrAbort, "evaluation aborted with the following error message: 'boo'", ""},
		{`<nixpkgs>`, ErrEval, "file 'nixpkgs' was not found in the Nix search path (add it using $NIX_PATH or -I)", "1:1"},
		{`builtins.fetchurl "https://example.org"`, ErrSandbox, "builtins.fetchurl is not supported: evaluation is pure and has no network", ""},
		{`fetchTarball "https://example.org/x.tgz"`, ErrSandbox, "builtins.fetchTarball is not supported: evaluation is pure and has no network", ""},
		{`derivation { }`, ErrSandbox, "builtins.derivation is not supported: the evaluator does not build derivations", ""},
		{`{ a = { b = throw "deep"; }; }`, ErrThrow, "deep", ""},
	}
	for _, c := range cases {
		_, err := evalString(t, c.src, Options{}, t.TempDir())
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%s: want an *Error, got %v", c.src, err)
			continue
		}
		if e.Kind != c.kind || e.Msg != c.msg {
			t.Errorf("%s\n got: [%v] %s\nwant: [%v] %s", c.src, e.Kind, e.Msg, c.kind, c.msg)
		}
		if c.pos != "" {
			line, col := e.Pos.Line()
			if got := strings.TrimPrefix(e.Pos.String(), ExprFileName+":"); got != c.pos {
				t.Errorf("%s: position %s (%d:%d), want %s", c.src, got, line, col, c.pos)
			}
		}
		if !strings.HasPrefix(err.Error(), "error: "+c.msg) {
			t.Errorf("%s: Error() = %q, want it to start with the message", c.src, err.Error())
		}
	}
}

func TestErrorLayout(t *testing.T) {
	_, err := evalString(t, "let\n  x = y;\nin x", Options{}, t.TempDir())
	want := "error: undefined variable 'y'\n\n       at «string»:2:7:\n\n            2|   x = y;\n             |       ^"
	if err == nil || err.Error() != want {
		t.Fatalf("got:\n%v\nwant:\n%s", err, want)
	}
}

func TestDeepRecursionIsAnError(t *testing.T) {
	src := `let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 1000000`
	_, err := evalString(t, src, Options{}, t.TempDir())
	if !IsKind(err, ErrStackOverflow) {
		t.Fatalf("want a stack overflow error, got %v", err)
	}
	// Recursion as deep as real Nix manages works.
	got, err := evalString(t, `let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 25000`, Options{}, t.TempDir())
	if err != nil || got != "25000" {
		t.Fatalf("f 25000 = %q, %v", got, err)
	}
	// Tail calls run in a loop: deeper than the depth limit works, an
	// endless loop still ends.
	got, err = evalString(t, `let go = n: if n == 0 then "done" else go (n - 1); in go 200000`, Options{}, t.TempDir())
	if err != nil || got != `"done"` {
		t.Fatalf("tail-recursive go 200000 = %q, %v", got, err)
	}
	_, err = evalString(t, `let f = n: f (n + 1); in f 0`, Options{MaxDepth: 1000}, t.TempDir())
	if !IsKind(err, ErrStackOverflow) {
		t.Fatalf("endless tail calls: want a stack overflow error, got %v", err)
	}
	// Deeply nested data built without deep calls still cannot exhaust the
	// Go stack when it is walked.
	deepList := `let f = n: acc: if n == 0 then acc else f (n - 1) [ acc ]; in %s (f 200000 [ ])`
	for _, walk := range []string{"toString", "(x: x == f 200000 [ ])", "(x: [ x ] < [ (f 200000 [ ]) ])", "(x: builtins.deepSeq x 1)"} {
		_, err = evalString(t, fmt.Sprintf(deepList, walk), Options{}, t.TempDir())
		if !IsKind(err, ErrStackOverflow) {
			t.Errorf("%s of a deep list: want a stack overflow error, got %v", walk, err)
		}
	}
	// A small explicit limit applies.
	_, err = evalString(t, `let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 200`, Options{MaxDepth: 100}, t.TempDir())
	if !IsKind(err, ErrStackOverflow) {
		t.Fatalf("MaxDepth 100: want a stack overflow error, got %v", err)
	}
	// Deep data, forced deeply, too.
	_, err = evalString(t, `let f = n: if n == 0 then null else { x = f (n - 1); }; in f 100000`, Options{}, t.TempDir())
	if !IsKind(err, ErrStackOverflow) {
		t.Fatalf("deep data: want a stack overflow error, got %v", err)
	}
}

func TestStepLimitAndCancellation(t *testing.T) {
	loop := `let f = n: f (n + 1); in f 0`
	_, err := evalString(t, loop, Options{MaxSteps: 5000}, t.TempDir())
	if !IsKind(err, ErrLimit) && !IsKind(err, ErrStackOverflow) {
		t.Fatalf("want a step limit error, got %v", err)
	}
	// A wide loop that never goes deep: only the budget or the context stops it.
	wide := `let f = n: if n == 0 then 0 else f (n - 1) + f (n - 1); in f 60`
	_, err = evalString(t, wide, Options{MaxSteps: 10000}, t.TempDir())
	if !IsKind(err, ErrLimit) {
		t.Fatalf("want a step limit error, got %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	ev := New(ctx, Options{})
	done := make(chan error, 1)
	go func() {
		v, err := ev.EvalSource(ExprFileName, []byte(wide), t.TempDir())
		if err == nil {
			_, err = Print(ev, v)
		}
		done <- err
	}()
	select {
	case err := <-done:
		if !IsKind(err, ErrCancelled) {
			t.Fatalf("want a cancellation error, got %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("evaluation did not stop after the context was cancelled")
	}
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestImportAndSandbox(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "proj")
	writeFiles(t, base, map[string]string{
		"outside.nix":           `"secret"`,
		"proj/main.nix":         `import ./lib { n = 2; }`,
		"proj/lib/default.nix":  `{ n }: { double = n * 2; file = builtins.readFile ./data.txt; here = ./.; }`,
		"proj/lib/data.txt":     "hello\n",
		"proj/escape.nix":       `import ../outside.nix`,
		"proj/passwd.nix":       `builtins.readFile /etc/passwd`,
		"proj/link.nix":         `import ./sneaky.nix`,
		"proj/cycle-a.nix":      `import ./cycle-b.nix`,
		"proj/cycle-b.nix":      `import ./cycle-a.nix`,
		"proj/exists.nix":       `[ (builtins.pathExists ./lib) (builtins.pathExists ./nope) ]`,
		"proj/dir.nix":          `builtins.readDir ./lib`,
		"proj/shared.nix":       `let a = import ./counter.nix; b = import ./counter.nix; in a == b`,
		"proj/counter.nix":      `{ x = 1; }`,
		"proj/scoped.nix":       `scopedImport { x = 40; } ./uses-x.nix`,
		"proj/uses-x.nix":       `x + 2`,
		"proj/syntax-error.nix": `{ a = ; }`,
	})
	if err := os.Symlink(filepath.Join(base, "outside.nix"), filepath.Join(root, "sneaky.nix")); err != nil {
		t.Fatal(err)
	}
	run := func(file string, opts Options) (string, error) {
		ev := New(context.Background(), opts)
		v, err := ev.EvalFile(filepath.Join(root, file))
		if err != nil {
			return "", err
		}
		return Print(ev, v)
	}
	got, err := run("main.nix", Options{})
	want := `{ double = 4; file = "hello\n"; here = ` + filepath.Join(root, "lib") + `; }`
	if err != nil || got != want {
		t.Errorf("main.nix = %q, %v; want %q", got, err, want)
	}
	for _, c := range []struct{ file, path string }{
		{"escape.nix", filepath.Join(base, "outside.nix")},
		{"passwd.nix", "/etc/passwd"},
		{"link.nix", filepath.Join(root, "sneaky.nix")},
	} {
		_, err := run(c.file, Options{})
		if !IsKind(err, ErrSandbox) || !strings.Contains(err.Error(), "access to path '"+c.path+"'") || !strings.Contains(err.Error(), "--root") {
			t.Errorf("%s: want a sandbox error naming %s, got %v", c.file, c.path, err)
		}
	}
	// --root allows the outside file.
	if got, err := run("escape.nix", Options{Roots: []string{root, base}}); err != nil || got != `"secret"` {
		t.Errorf("escape.nix with the parent allowed = %q, %v", got, err)
	}
	if _, err := run("cycle-a.nix", Options{}); !IsKind(err, ErrInfiniteRecursion) {
		t.Errorf("import cycle: want infinite recursion, got %v", err)
	}
	for file, want := range map[string]string{
		"exists.nix": `[ true false ]`,
		"dir.nix":    `{ "data.txt" = "regular"; "default.nix" = "regular"; }`,
		"shared.nix": `true`,
		"scoped.nix": `42`,
	} {
		if got, err := run(file, Options{}); err != nil || got != want {
			t.Errorf("%s = %q, %v; want %q", file, got, err, want)
		}
	}
	if _, err := run("syntax-error.nix", Options{}); err == nil || !strings.Contains(err.Error(), "syntax-error.nix:1:") {
		t.Errorf("syntax error: want a positioned error, got %v", err)
	}
}

func TestSearchPathAndEnv(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"pkgs/lib/default.nix": `{ answer = 42; }`})
	opts := Options{SearchPath: map[string]string{"mypkgs": filepath.Join(dir, "pkgs")}, AllowEnv: []string{"NIXK8S_TEST_ALLOWED"}}
	t.Setenv("NIXK8S_TEST_ALLOWED", "yes")
	t.Setenv("NIXK8S_TEST_HIDDEN", "no")
	got, err := evalString(t, `[ (import <mypkgs/lib>).answer (builtins.getEnv "NIXK8S_TEST_ALLOWED") (builtins.getEnv "NIXK8S_TEST_HIDDEN") ]`, opts, t.TempDir())
	if want := `[ 42 "yes" "" ]`; err != nil || got != want {
		t.Fatalf("got %q, %v; want %q", got, err, want)
	}
}

func TestStorePathOfInterpolatedPath(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"hello.txt": "hello\n", "tree/a.txt": "a", "tree/sub/b.txt": "b"})
	// The expected paths are what `nix-instantiate --eval` prints for the
	// same contents (a store path depends only on contents and name).
	got, err := evalString(t, `[ "${./hello.txt}" ("x" + ./tree) ]`, Options{}, dir)
	want := `[ "/nix/store/i9pmrzmpshapij2kin22pff6fc2adavx-hello.txt" "x/nix/store/cbzqxrz02w60kfpx88qhzp19y82ym6cs-tree" ]`
	if err != nil || got != want {
		t.Fatalf("got %q, %v\nwant %q", got, err, want)
	}
}
