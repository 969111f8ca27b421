package eval

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// traceCases pair an expression with what Nix 2.8 writes to stderr while
// evaluating it (recorded with nix-instantiate --eval --strict).
var traceCases = []struct{ expr, stderr string }{
	{"builtins.trace { a = 1; b = \"x\\n\"; c = ./.; } 1", "trace: { a = 1; b = \"x\\n\"; c = /tmp/gen; }\n"},
	{"builtins.trace [ 1 \"a\" ] 1", "trace: [ 1 \"a\" ]\n"},
	{"builtins.trace 1.5 1", "trace: 1.5\n"},
	{"builtins.trace null 1", "trace: null\n"},
	{"builtins.trace true 1", "trace: true\n"},
	{"builtins.trace (x: x) 1", "trace: <LAMBDA>\n"},
	{"builtins.trace builtins.map 1", "trace: <PRIMOP>\n"},
	{"builtins.trace (builtins.map (x: x)) 1", "trace: <PRIMOP-APP>\n"},
	{"builtins.trace \"plain\" 1", "trace: plain\n"},
	{"builtins.trace { a = 1 + 1; } 1", "trace: { a = <CODE>; }\n"},
	{"builtins.trace \"${\"a\"}\" 1", "trace: a\n"},
	{"builtins.trace { } 1", "trace: { }\n"},
	{"builtins.trace [ ] 1", "trace: [ ]\n"},
	{"let x = { a = 1; }; in builtins.trace [ x x ] 1", "trace: [ <CODE> <CODE> ]\n"},
	{"builtins.trace { s = \"$\" + \"{x}\"; } 1", "trace: { s = <CODE>; }\n"},
	{"builtins.trace (builtins.trace \"inner\" \"outer\") 1", "trace: inner\ntrace: outer\n"},
}

func evalWithStderr(t *testing.T, opts Options, expr string) (Value, string, error) {
	t.Helper()
	var buf bytes.Buffer
	opts.Stderr = &buf
	ev := New(context.Background(), opts)
	v, err := ev.EvalSource("t.nix", []byte(expr), t.TempDir())
	if err == nil {
		v, err = ev.DeepForce(v)
	}
	return v, buf.String(), err
}

func TestTraceOutput(t *testing.T) {
	for _, tc := range traceCases {
		_, stderr, err := evalWithStderr(t, Options{}, tc.expr)
		if err != nil {
			t.Errorf("%s: %v", tc.expr, err)
			continue
		}
		// Paths print as absolute paths; Nix ran in /tmp/gen.
		want := tc.stderr
		if strings.Contains(want, "/tmp/gen") {
			if !strings.HasPrefix(stderr, "trace: { a = 1; b = \"x\\n\"; c = /") {
				t.Errorf("%s: stderr %q", tc.expr, stderr)
			}
			continue
		}
		if stderr != want {
			t.Errorf("%s: stderr %q, Nix writes %q", tc.expr, stderr, want)
		}
	}
}

// TestWarn calls builtins.warn (a builtin of later Nix versions, which the
// core keeps out of the 2.8 builtins set) through PrimOpByName.
func TestWarn(t *testing.T) {
	var buf bytes.Buffer
	ev := New(context.Background(), Options{Stderr: &buf})
	op, ok := ev.PrimOpByName("warn")
	if !ok {
		t.Fatal("warn is not registered")
	}
	v, err := ev.Call(Pos{}, op, String("careful"), Int(42))
	if err != nil {
		t.Fatal(err)
	}
	if v != Int(42) || buf.String() != "evaluation warning: careful\n" {
		t.Errorf("warn: got %v and stderr %q", v, buf.String())
	}
	if _, err := ev.Call(Pos{}, op, Int(1), Int(2)); err == nil || !strings.Contains(err.Error(), "while a string was expected") {
		t.Errorf("warn with a non-string message: %v", err)
	}
}

func TestGetEnvRespectsAllowEnv(t *testing.T) {
	t.Setenv("NIXK8S_BUILTINS_ALLOWED", "yes")
	t.Setenv("NIXK8S_BUILTINS_SECRET", "hidden")
	expr := `[ (builtins.getEnv "NIXK8S_BUILTINS_ALLOWED") (builtins.getEnv "NIXK8S_BUILTINS_SECRET") ]`
	v, _, err := evalWithStderr(t, Options{AllowEnv: []string{"NIXK8S_BUILTINS_ALLOWED"}}, expr)
	if err != nil {
		t.Fatal(err)
	}
	l := v.(*List)
	got := []string{}
	for _, e := range l.Elems {
		s, _ := e.(*Thunk)
		if s != nil {
			got = append(got, string(s.Value.(String)))
		} else {
			got = append(got, string(e.(String)))
		}
	}
	if strings.Join(got, ",") != "yes," {
		t.Errorf("getEnv: got %q, want the allowed variable only", got)
	}
}

func TestAddErrorContextAddsFrame(t *testing.T) {
	_, _, err := evalWithStderr(t, Options{}, `builtins.addErrorContext "while doing the thing" (throw "boom")`)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("got %v, want an *Error", err)
	}
	if e.Kind != ErrThrow || e.Msg != "boom" {
		t.Errorf("kind %v msg %q", e.Kind, e.Msg)
	}
	found := false
	for _, f := range e.Trace {
		if f.Msg == "while doing the thing" {
			found = true
		}
	}
	if !found {
		t.Errorf("trace %v lacks the added context", e.Trace)
	}
}

func TestThrowAndAbortKinds(t *testing.T) {
	tests := []struct {
		expr string
		kind ErrorKind
		msg  string
	}{
		{`throw "x"`, ErrThrow, "x"},
		{`abort "x"`, ErrAbort, "evaluation aborted with the following error message: 'x'"},
		{`builtins.tryEval (abort "y")`, ErrAbort, "evaluation aborted with the following error message: 'y'"},
	}
	for _, tc := range tests {
		_, _, err := evalWithStderr(t, Options{}, tc.expr)
		var e *Error
		if !errors.As(err, &e) || e.Kind != tc.kind || e.Msg != tc.msg {
			t.Errorf("%s: got %v, want kind %v %q", tc.expr, err, tc.kind, tc.msg)
		}
	}
}

func TestUnsafeGetAttrPosFile(t *testing.T) {
	v, _, err := evalWithStderr(t, Options{}, "{ a = 1;\n  b = 2; }")
	if err != nil {
		t.Fatal(err)
	}
	at, ok := v.(*Attrs).Get("b")
	if !ok || !at.Position().Known() {
		t.Fatal("attribute b has no position")
	}
	p := posToAttrs(at.Position())
	file, _ := p.Get("file")
	line, _ := p.Get("line")
	col, _ := p.Get("column")
	if file.Value != String("t.nix") || line.Value != Int(2) || col.Value != Int(3) {
		t.Errorf("position of b: %v %v %v", file.Value, line.Value, col.Value)
	}
}
