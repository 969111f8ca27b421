package eval

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/nix/syntax"
)

// TestEnvSlots checks that frames of every size keep the values stored in
// all their slots, across a garbage collection, and keep their parent.
func TestEnvSlots(t *testing.T) {
	parent := newEnv(nil, 1)
	var envs []*Env
	for n := 0; n <= 40; n++ {
		e := newEnv(parent, n)
		for i := 0; i < n; i++ {
			*e.slot(i) = String(fmt.Sprint(n, ":", i))
		}
		envs = append(envs, e)
	}
	runtime.GC()
	for n, e := range envs {
		if e.Parent != parent {
			t.Fatalf("frame of %d slots lost its parent", n)
		}
		for i := 0; i < n; i++ {
			if got, want := e.get(i), String(fmt.Sprint(n, ":", i)); got != want {
				t.Fatalf("frame of %d slots, slot %d = %v, want %v", n, i, got, want)
			}
		}
	}
	if bigEnvType(30) != bigEnvType(30) {
		t.Fatal("frame types of one size are not shared")
	}
}

// TestNewAttrsN checks that sets of every size have exactly their entries
// and keep what is stored in them across a garbage collection.
func TestNewAttrsN(t *testing.T) {
	var sets []*Attrs
	for n := 0; n <= 20; n++ {
		a := newAttrsN(n)
		if len(a.Entries) != n || cap(a.Entries) != n {
			t.Fatalf("newAttrsN(%d): len %d cap %d", n, len(a.Entries), cap(a.Entries))
		}
		for i := range a.Entries {
			a.Entries[i] = Attr{Name: fmt.Sprint("a", i), Value: String(fmt.Sprint(n))}
		}
		sets = append(sets, a)
	}
	runtime.GC()
	for n, a := range sets {
		for i, e := range a.Entries {
			if e.Name != fmt.Sprint("a", i) || e.Value != String(fmt.Sprint(n)) {
				t.Fatalf("set of %d entries, entry %d = %v", n, i, e)
			}
		}
	}
}

// TestCurriedCalls checks that `x: y: …` called with two arguments at once
// (an application, or a builtin calling back) gives the value and the
// error trace of two calls one after the other.
func TestCurriedCalls(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`let f = x: y: x + y; in f 1 2`, `3`},
		{`let f = x: y: z: x + y + z; in f 1 2 3`, `6`},
		{`let f = x: y: z: x + y + z; g = f 1 2; in [ (g 3) (g 4) ]`, `[ 6 7 ]`},
		{`let f = x: { y }: x + y; in f 1 { y = 2; }`, `3`},
		{`builtins.foldl' (a: b: a + b) 0 [ 1 2 3 ]`, `6`},
		{`let f = x: y: [ x y ]; in builtins.foldl' f 0 [ 1 ]`, `[ 0 1 ]`},
	} {
		got, err := evalString(t, c.src, Options{}, t.TempDir())
		if err != nil || got != c.want {
			t.Errorf("%s = %q, %v; want %q", c.src, got, err, c.want)
		}
	}
	frames := func(src string) []string {
		_, err := evalString(t, src, Options{}, t.TempDir())
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("%s: got %v, want an evaluation error", src, err)
		}
		var out []string
		for _, f := range e.Trace {
			out = append(out, f.Msg)
		}
		return append(out, e.Msg)
	}
	at := frames(`let f = x: y: throw "no ${x}${y}"; in f "a" "b"`)
	apart := frames(`let f = x: y: throw "no ${x}${y}"; in (f "a") "b"`)
	if fmt.Sprint(at) != fmt.Sprint(apart) {
		t.Errorf("trace of a curried call %q, of two calls %q", at, apart)
	}
	if !strings.Contains(fmt.Sprint(at), "while calling anonymous function") || !strings.Contains(fmt.Sprint(at), "no ab") {
		t.Errorf("trace of a curried call %q lacks the call or the message", at)
	}
}

// TestValuesDropSyntaxTree checks that values keep no reference to the
// syntax tree they were compiled from (positions use a copy of the file
// without it; functions keep only their header), so that it can be
// collected once compiled.
func TestValuesDropSyntaxTree(t *testing.T) {
	f := syntax.Parse("t.nix", []byte(`{ f = { a, b ? 1, ... }@args: a; g = x: x; }`))
	ev := New(context.Background(), Options{})
	v, err := ev.EvalParsed(f, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	set := v.(*Attrs)
	for _, name := range []string{"f", "g"} {
		a, _ := set.Get(name)
		fv, err := ev.Force(a.Value)
		if err != nil {
			t.Fatal(err)
		}
		l := fv.(*Lambda)
		if l.Fn.Body != nil {
			t.Errorf("%s: the function value holds its body's syntax", name)
		}
		if p := l.Position(); p.File == nil || p.File.Expr != nil || p.File.Name != "t.nix" || p.Start != int32(strings.Index(string(f.Src), "{ a")) && name == "f" {
			t.Errorf("%s: position %+v", name, p)
		}
		if a.Position().File.Expr != nil {
			t.Errorf("%s: the attribute's position holds the syntax tree", name)
		}
	}
	got, err := evalString(t, `builtins.functionArgs ({ a, b ? 1, ... }@args: a)`, Options{}, t.TempDir())
	if err != nil || got != `{ a = false; b = true; }` {
		t.Errorf("functionArgs = %q, %v", got, err)
	}
}
