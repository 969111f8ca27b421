package eval

import (
	"context"
	"testing"
	"time"
)

// FuzzEval parses and evaluates arbitrary source with a small step budget
// and depth limit: evaluation must end (with a value or an error) and never
// panic, whatever the input.
func FuzzEval(f *testing.F) {
	for _, s := range []string{
		`1 + 2`,
		`let x = x; in x`,
		`let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 100000`,
		`rec { a = b; b = a; }.a`,
		`{ a.b.c = 1; a.b.d = 2; a = { e = 3; }; }`,
		`with { x = 1; }; with { y = 2; }; x + y`,
		`({ a ? b, b ? a }: a) { }`,
		`let s = { __functor = self: x: self; }; in s 1 2 3`,
		`"${{ __toString = s: "x"; }}${toString [ 1 [ ] null ]}"`,
		`{ ${"a"} = 1; ${null} = 2; }`,
		`[ (1 < 2) ([ 1 ] == [ 1.0 ]) (/a + "b") ("a" + /b) ]`,
		`assert 1 == 2; 3`,
		`builtins.tryEval (throw "x")`,
		`let { body = x; x = 1; }`,
		`import ./.`,
		`builtins.readFile /etc/passwd`,
		`<nixpkgs>`,
		`builtins.foldl' (a: b: a + b) 0 (builtins.genList (x: x) 100)`,
		`builtins.mapAttrs (n: v: v + 1) { a = 1; }`,
		`9223372036854775807 * 3 / 0`,
	} {
		f.Add(s)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, src string) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		ev := New(ctx, Options{Roots: []string{dir}, MaxSteps: 20000, MaxDepth: 300})
		v, err := ev.EvalSource("fuzz.nix", []byte(src), dir)
		if err != nil {
			_ = err.Error()
			return
		}
		if _, err := Print(ev, v); err != nil {
			_ = err.Error()
		}
	})
}
