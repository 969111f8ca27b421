package syntax

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

const (
	testBase = "/base"
	testHome = "/home/u"
)

func parseOK(t *testing.T, src string) *File {
	t.Helper()
	f := Parse("test.nix", []byte(src))
	for _, e := range f.Errors {
		l, c := f.Lines.Position(e.Pos)
		t.Errorf("%q: unexpected error %d:%d: %s", src, l, c, e.Msg)
	}
	if err := checkInvariants(f); err != nil {
		t.Errorf("%q: %v", src, err)
	}
	return f
}

// TestParseConstructs checks the parse of each construct in Nix's printed
// form (the expectations are what nix-instantiate --parse prints).
func TestParseConstructs(t *testing.T) {
	tests := []struct{ src, want string }{
		// numbers
		{"1", "1"},
		{"007", "7"},
		{"1.5", "1.5"},
		{".5", "0.5"},
		{"1.", "1"},
		{"1.5e10", "1.5e+10"},
		{"2.5E-3", "0.0025"},
		{"123456789.0", "1.23457e+08"},
		{"01.5", "(1 0.5)"},
		{"x.5", "(x 0.5)"},
		{"1e3", "(1 e3)"},
		// strings
		{`"abc"`, `"abc"`},
		{`""`, `""`},
		{`"a${b}c"`, `("a" + b + "c")`},
		{`"${x}"`, `(x)`},
		{`"a\nb\tc\rd\\e\"f\$g\qh"`, `"a\nb\tc\rd\\e\"f\$gqh"`},
		{`"$${x}"`, `"\$\${x}"`},
		{`"a$"`, `"a\$"`},
		{"\"a\r\nb\rc\"", `"a\nb\nc"`},
		// indented strings
		{"''''", `""`},
		{"''\n  a\n    b\n  ''", `"a\n  b\n"`},
		{"''  a\n  b''", `"a\nb"`},
		{"''\n\ta\n  b\n''", `"\ta\n  b\n"`},
		{"''\n  a ''${x} '''\n   b''", `("a " + "\$" + "{x} " + "''" + "\n b")`},
		{`''a''\nb''\tc'''''$''\\''\x''`, `("a" + "\n" + "b" + "\t" + "c" + "''" + "\$" + "\\" + "x")`},
		{"''$${x}''", `"\$\${x}"`},
		{"''a$''", `("a" + "\$")`},
		{"''a'b''", `"a'b"`},
		{"''\n  ${x}\n  a''", `("" + x + "\na")`},
		{"''\n    a\n  ${x}''", `("  a\n" + x)`},
		{"''\n  a\n  ${x} ''", `("a\n" + x + " ")`},
		{"''  \n  a''", `"a"`},
		{"'' x\n  a''", `"x\n a"`},
		{"''\n    one\n\n      two\n    three\n''", `"one\n\n  two\nthree\n"`},
		// paths
		{"./a", "/base/a"},
		{"../x/./y", "/x/y"},
		{"a/b", "/base/a/b"},
		{"/a/../b", "/b"},
		{"~/a", "/home/u/a"},
		{"./a/${x}/b", `(/base/a/ + x + "/b")`},
		{"./a${x}", "(/base/a + x)"},
		{"/${x}", "(/ + x)"},
		{"~/${x}", "(/home/u/ + x)"},
		{"<nixpkgs/lib>", `(__findFile __nixPath "nixpkgs/lib")`},
		{"a<b>c", `(a (__findFile __nixPath "b") c)`},
		// URIs
		{"http://x.org/a?b=c", `"http://x.org/a?b=c"`},
		{"x:x", `"x:x"`},
		// identifiers
		{"a-b", "a-b"},
		{"a'", "a'"},
		{"__curPos", "__curPos"},
		{"a->b", "(__lessThan b a-)"},
		// attribute sets
		{"{ }", "{ }"},
		{"rec { a = 1; }", "rec { a = 1; }"},
		{`{ b = 1; a = 2; c.d = 3; ${x} = 4; "e${y}" = 5; inherit f; inherit (g) h; }`,
			`{ a = 2; b = 1; c = { d = 3; }; inherit f ; h = (g).h; "${x}" = 4; "${("e" + y)}" = 5; }`},
		{"{ a.b = 1; a.c = 2; }", "{ a = { b = 1; c = 2; }; }"},
		{"{ a = { b = 1; }; a = { c = 2; }; }", "{ a = { b = 1; c = 2; }; }"},
		{"{ a = rec { b = 1; }; a.c = 2; }", "{ a = rec { b = 1; c = 2; }; }"},
		{"{ a.c = 2; a = rec { b = 1; }; }", "{ a = { b = 1; c = 2; }; }"},
		{`{ ${"a"} = 1; }`, "{ a = 1; }"},
		{`{ "if" = 1; "a b" = 2; or = 3; }`, `{ "a b" = 2; "if" = 1; or = 3; }`},
		{"{ inherit or; }", "{ inherit or ; }"},
		// let
		{"let a = 1; in a", "(let a = 1; in a)"},
		{"let zz = 1; yy = 2; inherit (c) d; in zz", "(let zz = 1; yy = 2; d = (c).d; in zz)"},
		{"let in 1", "(let in 1)"},
		{"let { body = 1; }", "(rec { body = 1; }).body"},
		{"(let { body = 1; }) 2", "((rec { body = 1; }).body 2)"},
		// lists
		{"[ ]", "[ ]"},
		{`[ 1 (f x) "a" ]`, `[ (1) ((f x)) ("a") ]`},
		{"[ a.b c.d or e f or ]", "[ ((a).b) ((c).d or (e)) ((f or)) ]"},
		// functions
		{"x: y: x", "(x: (y: x))"},
		{"{ }: 1", "({  }: 1)"},
		{"{ a, }: 1", "({ a }: 1)"},
		{"{ b ? 2, a ? 1, c }: a", "({ b ? 2, a ? 1, c }: a)"},
		{"{ a, ... }: a", "({ a, ... }: a)"},
		{"{ ... }: 1", "({ ... }: 1)"},
		{"x@{ b, a }: a", "({ b, a } @ x: a)"},
		{"{ b, a } @ x: a", "({ b, a } @ x: a)"},
		// application
		{"f a b", "(f a b)"},
		{"(f a) b", "(f a b)"},
		{"(-x) y", "(__sub 0 x y)"},
		{"f -1", "(__sub f 1)"},
		{"f or", "(f or)"},
		{"a or b", "(a or b)"},
		{"f let { body = 1; }", "(f (rec { body = 1; }).body)"},
		// select and has-attr
		{"a.b.c or d", "(a).b.c or (d)"},
		{"a.b or c.d or e", "(a).b or ((c).d or (e))"},
		{`x."a b".${y}.c`, `(x)."a b"."${y}".c`},
		{`x.${"a"}`, "(x).a"},
		{"a.or", "(a).or"},
		{"a ? b.c", "((a) ? b.c)"},
		{"a ? or", "((a) ? or)"},
		// keywords
		{"if a then b else c", "(if a then b else c)"},
		{"with a; b", "(with a; b)"},
		{"assert a; b", "assert a; b"},
		{"x: assert x; with x; let y = x; in if y then x: x else y",
			"(x: assert x; (with x; (let y = x; in (if y then (x: x) else y))))"},
		// comments are ignored
		{"/* a */ a # b\n + /* c */ b", "(a + b)"},
	}
	for _, tt := range tests {
		f := parseOK(t, tt.src)
		if got := printNix(f, testBase, testHome); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// TestOperators checks every operator's precedence and associativity.
func TestOperators(t *testing.T) {
	tests := []struct{ src, want string }{
		{"-x", "(__sub 0 x)"},
		{"- -1", "(__sub 0 (__sub 0 1))"},
		{"!x", "(! x)"},
		{"a < b", "(__lessThan a b)"},
		{"a <= b", "(! (__lessThan b a))"},
		{"a > b", "(__lessThan b a)"},
		{"a >= b", "(! (__lessThan a b))"},
		{"a == b", "(a == b)"},
		{"a != b", "(a != b)"},
		{"a && b", "(a && b)"},
		{"a || b", "(a || b)"},
		{"a -> b", "(a -> b)"},
		{"a // b", "(a // b)"},
		{"a ++ b", "(a ++ b)"},
		{"a + b", "(a + b)"},
		{"a - b", "(__sub a b)"},
		{"a * b", "(__mul a b)"},
		{"a / b", "(__div a b)"},
		// associativity
		{"a -> b -> c", "(a -> (b -> c))"},
		{"a || b || c", "((a || b) || c)"},
		{"a && b && c", "((a && b) && c)"},
		{"a // b // c", "(a // (b // c))"},
		{"a ++ b ++ c", "(a ++ (b ++ c))"},
		{"a + b + c", "((a + b) + c)"},
		{"a - b - c", "(__sub (__sub a b) c)"},
		{"a * b / c", "(__div (__mul a b) c)"},
		{"a ? b ? c", "((((a) ? b)) ? c)"},
		// precedence
		{"a && b || c -> d", "(((a && b) || c) -> d)"},
		{"a // b ++ c", "(a // (b ++ c))"},
		{"a + b - c * d / e", "(__sub (a + b) (__div (__mul c d) e))"},
		{"a ++ b * c", "(__mul (a ++ b) c)"},
		{"a ? b ++ c", "(((a) ? b) ++ c)"},
		{"a ++ b ? c", "(a ++ ((b) ? c))"},
		{"a == b < c", "(a == (__lessThan b c))"},
		{"a < b == c", "((__lessThan a b) == c)"},
		{"a + b // c", "((a + b) // c)"},
		{"!a + b", "(! (a + b))"},
		{"!a // b", "((! a) // b)"},
		{"!a == b", "((! a) == b)"},
		{"a + !b + c", "(a + (! (b + c)))"},
		{"a * !b + c", "(__mul a (! (b + c)))"},
		{"-a ? b", "(((__sub 0 a)) ? b)"},
		{"!a ? b", "(! ((a) ? b))"},
		{"-a ++ b", "((__sub 0 a) ++ b)"},
		{"-!a + b", "(__sub 0 (! (a + b)))"},
		{"-a.b", "(__sub 0 (a).b)"},
		{"-f x", "(__sub 0 (f x))"},
		{"a -> b || c && d == e < f // g + h * i ++ j ? k",
			"(a -> (b || (c && (d == (__lessThan e (f // (g + (__mul h (i ++ ((j) ? k))))))))))"},
		{"k ? j ++ i * h + g // f < e == d && c || b -> a",
			"(((((__lessThan (((__mul (((k) ? j) ++ i) h) + g) // f) e) == d) && c) || b) -> a)"},
	}
	for _, tt := range tests {
		f := parseOK(t, tt.src)
		if got := printNix(f, testBase, testHome); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
	for _, src := range []string{"a == b == c", "a != b == c", "a < b < c", "a <= b > c", "a >= b >= c"} {
		if f := Parse("t", []byte(src)); len(f.Errors) == 0 {
			t.Errorf("%q: non-associative operators chained without error", src)
		}
	}
}

func TestPipeOperatorsRejected(t *testing.T) {
	for _, src := range []string{"a |> f", "f <| a"} {
		f := Parse("t", []byte(src))
		if len(f.Errors) == 0 || f.Errors[0].Msg != "pipe operators are not supported" {
			t.Errorf("%q: errors %v, want \"pipe operators are not supported\"", src, f.Errors)
		}
	}
}

func errorsOf(f *File) []string {
	var out []string
	for _, e := range f.Errors {
		l, c := f.Lines.Position(e.Pos)
		out = append(out, strings.Join([]string{itoa(l), itoa(c)}, ":")+": "+e.Msg)
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func TestDuplicates(t *testing.T) {
	tests := []struct {
		src  string
		want []string // errors as line:col: message
	}{
		{"{ a = 1; a = 2; }", []string{"1:10: attribute 'a' already defined at test.nix:1:3"}},
		{"{ a.b = 1; a.b = 2; }", []string{"1:12: attribute 'a.b' already defined at test.nix:1:3"}},
		{"{ a = { b = 1; }; a.b = 2; }", []string{"1:19: attribute 'a.b' already defined at test.nix:1:9"}},
		{"{ a.b = 1; a = { b = 2; }; }", []string{"1:18: attribute 'a.b' already defined at test.nix:1:3"}},
		{"{ a = 1; a.b = 2; }", []string{"1:10: attribute 'a.b' already defined at test.nix:1:3"}},
		{"{ inherit a; a.b = 1; }", []string{"1:14: attribute 'a.b' already defined at test.nix:1:11"}},
		{"{ a.b = 1; inherit a; }", []string{"1:20: attribute 'a' already defined at test.nix:1:3"}},
		{"{ inherit a a; }", []string{"1:13: attribute 'a' already defined at test.nix:1:11"}},
		{"{ inherit (x) a; a = 1; }", []string{"1:18: attribute 'a' already defined at test.nix:1:15"}},
		{`{ ${"a"} = 1; ${"a"} = 2; }`, []string{"1:15: attribute 'a' already defined at test.nix:1:3"}},
		{`{ a."b" = 1; a.${"b"} = 2; }`, []string{"1:14: attribute 'a.b' already defined at test.nix:1:3"}},
		{"{ a = { b = { c = 1; }; }; a.b.c = 2; }", []string{"1:28: attribute 'a.b.c' already defined at test.nix:1:15"}},
		{"{ a.b = { c = 1; }; a = { b = { d = 2; }; }; }", []string{"1:27: attribute 'a.b' already defined at test.nix:1:3"}},
		{"{ a = let { body = 1; }; a.b = 2; }", []string{"1:26: attribute 'a.b' already defined at test.nix:1:3"}},
		{"rec { a = 1; a.b = 2; }", []string{"1:14: attribute 'a.b' already defined at test.nix:1:7"}},
		{"let a = 1; a = 2; in a", []string{"1:12: attribute 'a' already defined at test.nix:1:5"}},
		{"let ${x} = 1; in a", []string{"1:5: dynamic attributes not allowed in let"}},
		{"{ inherit ${x}; }", []string{"1:11: dynamic attributes not allowed in inherit"}},
		{"{ a, a }: 1", []string{"1:6: duplicate formal function argument 'a'"}},
		{"x@{ x }: 1", []string{"1:1: duplicate formal function argument 'x'"}},
		{"{ x }@x: 1", []string{"1:7: duplicate formal function argument 'x'"}},
		{"{ a = { x = 1; }; b = { x = 2; }; }", nil},
		// accepted, as by Nix
		{"{ a.b = 1; a.c = 2; }", nil},
		{"{ a = { b = 1; }; a.c = 2; }", nil},
		{"{ a = {}; a = {}; }", nil},
		{"{ ${x}.a = 1; ${x}.a = 2; }", nil},
		{"{ a.${x} = 1; a.${x} = 2; }", nil},
		{"let a.b = 1; a.c = 2; in a", nil},
		{`let ${"a"} = 1; in a`, nil},
	}
	for _, tt := range tests {
		f := Parse("test.nix", []byte(tt.src))
		got := errorsOf(f)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
}

// TestRecovery checks that a broken file still yields every error and a
// tree keeping what is around the errors.
func TestRecovery(t *testing.T) {
	tests := []struct {
		src    string
		errors []string // substrings of the errors, in order
		tree   string   // the partial tree in Nix's printed form
	}{
		{"{ a = 1; b = x. }", []string{"1:17: syntax error, unexpected '}', expecting an attribute name"},
			`{ a = 1; b = (x)."${<bad>}"; }`},
		{`{ apps.api = { image = "x"; rep`, []string{"1:32: syntax error, unexpected end of file, expecting '='"},
			`{ apps = { api = { image = "x"; rep = <bad>; }; }; }`},
		{"let a = 1; in a.", []string{"1:17: syntax error, unexpected end of file, expecting an attribute name"},
			`(let a = 1; in (a)."${<bad>}")`},
		{"{ a = 1\n  b = 2; c = 3; }", []string{"2:3: syntax error, unexpected identifier 'b', expecting ';'"},
			"{ a = 1; b = 2; c = 3; }"},
		{"{ a = f x\n  b.c = 2; }", []string{"2:3: syntax error, unexpected identifier 'b', expecting ';'"},
			"{ a = (f x); b = { c = 2; }; }"},
		{"{ a = 1; b = { c = 2; d = 3 } ; e = 4; }", []string{"1:29: syntax error, unexpected '}', expecting ';'"},
			"{ a = 1; b = { c = 2; d = 3; }; e = 4; }"},
		{"{ a = [ 1 2; b = 3; }", []string{"1:12: syntax error, unexpected ';', expecting ']'"},
			"{ a = [ (1) (2) ]; b = 3; }"},
		{"{ a = (1 + ; b = 2; }", []string{"1:12: syntax error, unexpected ';', expecting an expression"},
			"{ a = (1 + <bad>); b = 2; }"},
		{"{ a = 1, b = 2 }", []string{"1:8: syntax error, unexpected ',', expecting ';'", "1:16: syntax error, unexpected '}', expecting ';'"},
			"{ a = 1; b = 2; }"},
		{"{ a = 1; b = { c = 2 d = 3; }; e = 4; }", []string{"1:22: syntax error, unexpected identifier 'd', expecting ';'"},
			"{ a = 1; b = { c = 2; d = 3; }; e = 4; }"},
		{`"x${a ; b}y" + 1`, []string{"1:7: syntax error, unexpected ';', expecting '}' to close the interpolation"},
			`(("x" + a + "y") + 1)`},
		{"{ a, 1, b }: a", []string{"1:6: syntax error, unexpected number 1, expecting a formal parameter name or '}'"},
			"({ a, b }: a)"},
		{"{ a ? (1, b }: a", []string{"1:9: syntax error, unexpected ',', expecting ')'"},
			"({ a ? 1, b }: a)"},
		{"{ a = 1; ) b = 2; }", []string{"1:10: syntax error, unexpected ')'"},
			"{ a = 1; b = 2; }"},
		{"{ a = ; b = 2; }", []string{"1:7: syntax error, unexpected ';', expecting an expression"},
			"{ a = <bad>; b = 2; }"},
		{"{ a; b = 2; }", []string{"1:4: syntax error, unexpected ';', expecting '='"},
			"{ a = <bad>; b = 2; }"},
		{"let a = 1; b = ; in a + b", []string{"1:16: syntax error, unexpected ';', expecting an expression"},
			"(let a = 1; b = <bad>; in (a + b))"},
		{"let a = 1 in a", []string{"1:11: syntax error, unexpected 'in', expecting ';'"},
			"(let a = 1; in a)"},
		{"[ 1 + 2 ]", []string{"1:5: syntax error, unexpected '+', expecting a list element or ']'"},
			"[ (1) (2) ]"},
		{`{ a = "abc`, []string{"1:7: unterminated string"},
			`{ a = "abc"; }`},
		{"{ a = ''\n  x", []string{"1:7: unterminated string"},
			`{ a = "x"; }`},
		{`"${x"`, []string{"1:5: unterminated string"},
			`((x ""))`},
		{"{ a = { b = 1; ", []string{"1:16: syntax error, unexpected end of file"},
			"{ a = { b = 1; }; }"},
		{"f (x", []string{"1:5: syntax error, unexpected end of file, expecting ')'"},
			"(f x)"},
		{"if a then b", []string{"1:12: syntax error, unexpected end of file, expecting 'else'"},
			"(if a then b else <bad>)"},
		{"if a b else c", []string{"1:8: syntax error, unexpected 'else', expecting 'then'"},
			"(if (a b) then <bad> else c)"},
		{"1 + if a then b else c", []string{"1:5: syntax error, unexpected 'if' here (wrap it in parentheses)"},
			"(1 + (if a then b else c))"},
		{"[ -1 ]", []string{"1:3: syntax error, unexpected '-', expecting a list element or ']'"},
			"[ ((__sub 0 1)) ]"},
		{"{ a, b }", []string{"1:9: syntax error, unexpected end of file, expecting ':' after the function's parameters"},
			"({ a, b }: <bad>)"},
		{"a == b == c", []string{"1:8: syntax error, unexpected '=='"},
			"((a == b) == c)"},
		{"./a/ + 1", []string{"1:4: path has a trailing slash"},
			"(/base/a/ + 1)"},
		{"a /* b", []string{"1:3: unterminated comment"},
			"a"},
		{"1 $ 2", []string{`1:3: syntax error, unexpected character "$"`},
			"1"},
		{"9223372036854775808", []string{"1:1: invalid integer '9223372036854775808'"},
			"9223372036854775807"},
	}
	for _, tt := range tests {
		f := Parse("test.nix", []byte(tt.src))
		if err := checkInvariants(f); err != nil {
			t.Errorf("%q: %v", tt.src, err)
		}
		got := errorsOf(f)
		if len(got) != len(tt.errors) {
			t.Errorf("%q: got errors %q, want %d matching %q", tt.src, got, len(tt.errors), tt.errors)
		} else {
			for i := range got {
				if !strings.Contains(got[i], tt.errors[i]) {
					t.Errorf("%q: error %d is %q, want it to contain %q", tt.src, i, got[i], tt.errors[i])
				}
			}
		}
		if tree := printNix(f, testBase, testHome); tree != tt.tree {
			t.Errorf("%q: partial tree\n got %s\nwant %s", tt.src, tree, tt.tree)
		}
	}
}

// TestDepth feeds deeply nested input: it must end in an error, not a stack
// overflow.
func TestDepth(t *testing.T) {
	const n = 100000
	inputs := map[string]string{
		"brackets":  strings.Repeat("[", n),
		"parens":    strings.Repeat("(", n) + "1" + strings.Repeat(")", n),
		"braces":    strings.Repeat("{ a = ", n),
		"negation":  strings.Repeat("-", n) + "1",
		"not":       strings.Repeat("!", n) + "true",
		"concat":    strings.Repeat("a ++ ", n) + "b",
		"update":    strings.Repeat("a // ", n) + "b",
		"impl":      strings.Repeat("a -> ", n) + "b",
		"lambdas":   strings.Repeat("x: ", n) + "x",
		"with":      strings.Repeat("with a; ", n) + "b",
		"let":       strings.Repeat("let a = ", n),
		"if":        strings.Repeat("if a then ", n),
		"interp":    strings.Repeat(`"${`, n),
		"indinterp": strings.Repeat(`''${`, n),
		"select":    "a" + strings.Repeat(".b", n),
		"or":        "a" + strings.Repeat(".b or a", n), // nests to the right
		"apply":     strings.Repeat("f ", n),
		"plus":      strings.Repeat("a + ", n) + "b",
	}
	for name, src := range inputs {
		f := Parse(name, []byte(src))
		if err := checkInvariants(f); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		nested := name != "select" && name != "apply" && name != "plus"
		found := false
		for _, e := range f.Errors {
			if e.Msg == "expression nested too deeply" {
				found = true
			}
		}
		if nested && !found {
			t.Errorf("%s: no \"expression nested too deeply\" error (errors: %d)", name, len(f.Errors))
		}
		if !nested && found {
			t.Errorf("%s: flat input reported as nested too deeply", name)
		}
	}
	// Nesting below the limit is fine.
	src := strings.Repeat("[", 200) + strings.Repeat("]", 200)
	parseOK(t, src)
}

func TestWalkOrder(t *testing.T) {
	f := parseOK(t, `{ a = 1; inherit (x) b; c = [ "s${y}" ]; }.c or (z: z)`)
	var got []string
	Walk(f.Expr, func(n Node) bool {
		got = append(got, describeNode(n))
		return true
	})
	want := []string{"Select or", "AttrSet", "Attr", "AttrName a", "Int 1", "Inherit from", "Var x", "AttrName b",
		"Attr", "AttrName c", "List", "String", "Var y", "AttrName c", "Lambda z@[49,50)", "Var z"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Walk order:\n got %q\nwant %q", got, want)
	}
	// Returning false prunes.
	count := 0
	Walk(f.Expr, func(n Node) bool {
		count++
		_, isSet := n.(*AttrSet)
		return !isSet
	})
	if count != 5 {
		t.Errorf("pruned walk visited %d nodes, want 5", count)
	}
}

func TestNodeAt(t *testing.T) {
	src := "{ a = { b = x.y; }; c = f 1; }"
	f := parseOK(t, src)
	tests := []struct {
		off  int
		want string
	}{
		{strings.Index(src, "x.y") + 2, "AttrSet|Attr|AttrSet|Attr|Select|AttrName y"},
		{strings.Index(src, "x.y"), "AttrSet|Attr|AttrSet|Attr|Select|Var x"},
		{strings.Index(src, "f 1") + 1, "AttrSet|Attr|Apply|Var f"},
		{strings.Index(src, " 1;") + 2, "AttrSet|Attr|Apply|Int 1"},
		{0, "AttrSet"},
		{len(src) + 5, ""},
	}
	for _, tt := range tests {
		var got []string
		for _, n := range NodeAt(f, tt.off) {
			got = append(got, describeNode(n))
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("NodeAt(%d) = %q, want %q", tt.off, strings.Join(got, "|"), tt.want)
		}
	}
	// Completion after a dot in a half-typed file.
	src = "{ a = 1; b = x. }"
	f = Parse("t", []byte(src))
	path := NodeAt(f, strings.Index(src, ".")+1)
	last := path[len(path)-1]
	if b, ok := last.(*BadExpr); !ok || b.Pos != strings.Index(src, ".")+1 {
		t.Fatalf("NodeAt after the dot ends in %s, want the empty BadExpr of the missing name", describeNode(last))
	}
	if _, ok := path[len(path)-3].(*Select); !ok {
		t.Errorf("the missing name is not inside a Select: %s", describeNode(path[len(path)-3]))
	}
}

func TestDocComment(t *testing.T) {
	src := `{
  # Number of replicas.
  # At least one.
  replicas = 3;

  # not attached: blank line follows

  image = "x"; # the image
  /* Block doc. */
  inherit (pkgs) lib;
  port = 80; # trailing for port
  host = "h";
  f = { a ? 1, # doc of a
        # doc of b
        b }: a;
}`
	f := parseOK(t, src)
	set := f.Expr.(*AttrSet)
	docs := map[string]string{}
	for _, b := range set.Bindings {
		var name string
		switch b := b.(type) {
		case *Attr:
			name = b.Path[0].Name
		case *Inherit:
			name = "inherit " + b.Names[0].Name
		}
		docs[name] = DocText(f.DocComment(b))
	}
	want := map[string]string{
		"replicas":    "Number of replicas.\nAt least one.",
		"image":       "the image",
		"inherit lib": "Block doc.",
		"port":        "trailing for port",
		"host":        "",
		"f":           "",
	}
	for k, v := range want {
		if docs[k] != v {
			t.Errorf("doc of %s = %q, want %q", k, docs[k], v)
		}
	}
	lam := set.Bindings[len(set.Bindings)-1].(*Attr).Value.(*Lambda)
	if got := DocText(f.DocComment(lam.Formals.Items[0])); got != "doc of a" {
		t.Errorf("doc of formal a = %q", got)
	}
	if got := DocText(f.DocComment(lam.Formals.Items[1])); got != "doc of b" {
		t.Errorf("doc of formal b = %q", got)
	}
	if len(f.Comments) != 8 {
		t.Errorf("File.Comments has %d comments, want 8", len(f.Comments))
	}
	c := f.DocComment(set.Bindings[0])
	if !strings.HasPrefix(c.Text, "# Number") || !strings.HasSuffix(c.Text, "At least one.") {
		t.Errorf("merged doc comment text = %q", c.Text)
	}
	// let bindings and their inherits
	f = parseOK(t, "let\n  # the answer\n  x = 42;\n  inherit (lib) y; # from lib\nin x")
	let := f.Expr.(*Let)
	if got := DocText(f.DocComment(let.Bindings[0])); got != "the answer" {
		t.Errorf("doc of let binding x = %q", got)
	}
	if got := DocText(f.DocComment(let.Bindings[1])); got != "from lib" {
		t.Errorf("doc of let inherit = %q", got)
	}
	block := &Comment{Text: "/**\n   * Line one.\n   *   indented\n   */", Block: true}
	if got := DocText(block); got != "Line one.\n  indented" {
		t.Errorf("DocText(block) = %q", got)
	}
}

// TestGolden dumps the trees of testdata/golden/*.nix.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.nix"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range files {
		src, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		f := Parse(filepath.Base(in), src)
		if err := checkInvariants(f); err != nil {
			t.Errorf("%s: %v", in, err)
		}
		var b strings.Builder
		for _, e := range errorsOf(f) {
			b.WriteString("error " + e + "\n")
		}
		b.WriteString(Dump(f.Expr))
		golden := strings.TrimSuffix(in, ".nix") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./internal/nix/syntax -update)", err)
		}
		if b.String() != string(want) {
			t.Errorf("%s: dump differs from %s (run with -update if intended):\n%s", in, golden, b.String())
		}
	}
}

// TestParseOwned checks that parsing a handed-over source in place gives
// the tree and errors a copy gives.
func TestParseOwned(t *testing.T) {
	for _, src := range []string{
		``,
		`{ a = "x${b}y"; c = [ 1 ./p ]; inherit (d) e; }.a or 2`,
		`let f = { x, y ? 1, ... }@args: x; in f { x = 3; } # comment`,
		`{ a = 1; a = 2; } ++`,
	} {
		want := Parse("test.nix", []byte(src))
		got := ParseOwned("test.nix", []byte(src))
		if g, w := Dump(got.Expr), Dump(want.Expr); g != w {
			t.Errorf("%q: ParseOwned tree\n%s\nParse tree\n%s", src, g, w)
		}
		if len(got.Errors) != len(want.Errors) {
			t.Errorf("%q: ParseOwned gives %d errors, Parse %d", src, len(got.Errors), len(want.Errors))
		}
	}
}
