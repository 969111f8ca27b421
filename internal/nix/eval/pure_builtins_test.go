package eval

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// Expected values in this file were recorded with Nix 2.8.

func TestCompareVersions(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"1.0", "1.0.0", -1}, {"1.0a", "1.0", 1}, {"1.0pre", "1.0", -1},
		{"pre", "1", -1}, {"1.0-rc1", "1.0", 1}, {"2.3", "2.3a", -1},
		{"2.3.1", "2.3a", 1}, {"", "1", -1}, {"1", "", 1}, {"a", "1", -1},
		{"1.2.3", "1.2.3", 0}, {"0.9", "0.10", -1}, {"1.0.0-pre", "1.0.0", -1},
		{"4294967296", "1", -1}, {"abc", "abd", -1}, {"1_2", "1.2", -1},
		{"r1", "r2", -1}, {"10a", "9b", 1},
	}
	for _, tc := range tests {
		if got := compareVersions(tc.a, tc.b); got != tc.want {
			t.Errorf("compareVersions(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := compareVersions(tc.b, tc.a); got != -tc.want {
			t.Errorf("compareVersions(%q, %q) = %d, want %d", tc.b, tc.a, got, -tc.want)
		}
	}
}

func TestSplitVersion(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"1.2.3", []string{"1", "2", "3"}},
		{"1.2-rc.3", []string{"1", "2", "rc", "3"}},
		{"a1b2", []string{"a", "1", "b", "2"}},
		{"--1..2--", []string{"1", "2"}},
		{"1_2", []string{"1", "_", "2"}},
		{"2.0pre3", []string{"2", "0", "pre", "3"}},
		{"", []string{}},
	}
	for _, tc := range tests {
		if got := splitVersion(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("splitVersion(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseDrvName(t *testing.T) {
	tests := []struct{ in, name, version string }{
		{"hello-2.1", "hello", "2.1"},
		{"foo-bar-1.2-3", "foo-bar", "1.2-3"},
		{"foo", "foo", ""},
		{"foo-", "foo-", ""},
		{"-1", "", "1"},
		{"a-b-c", "a-b-c", ""},
		{"x-1a", "x", "1a"},
	}
	for _, tc := range tests {
		n, v := parseDrvName(tc.in)
		if n != tc.name || v != tc.version {
			t.Errorf("parseDrvName(%q) = %q, %q; want %q, %q", tc.in, n, v, tc.name, tc.version)
		}
	}
}

func TestReplaceStrings(t *testing.T) {
	tests := []struct {
		from, to []string
		s, want  string
	}{
		{[]string{"a", "b"}, []string{"x", "y"}, "abcab", "xycxy"},
		{[]string{""}, []string{"-"}, "abc", "-a-b-c-"},
		{[]string{"ab", "a"}, []string{"1", "2"}, "aab", "21"},
		{[]string{"a", ""}, []string{"X", "_"}, "bab", "_bX_b_"},
		{nil, nil, "abc", "abc"},
		{[]string{"x"}, []string{"y"}, "", ""},
		{[]string{""}, []string{"y"}, "", "y"},
	}
	for _, tc := range tests {
		if got := replaceStrings(tc.from, tc.to, tc.s); got != tc.want {
			t.Errorf("replaceStrings(%q, %q, %q) = %q, want %q", tc.from, tc.to, tc.s, got, tc.want)
		}
	}
}

func TestSubstring(t *testing.T) {
	tests := []struct {
		start, n int64
		s, want  string
		ok       bool
	}{
		{1, 2, "hello", "el", true},
		{1, -1, "hello", "ello", true},
		{10, 2, "hello", "", true},
		{-1, 2, "hello", "", false},
		{4294967297, 1, "abc", "b", true},
		{0, 100, "abc", "abc", true},
	}
	for _, tc := range tests {
		got, ok := substring(tc.start, tc.n, tc.s)
		if got != tc.want || ok != tc.ok {
			t.Errorf("substring(%d, %d, %q) = %q, %v; want %q, %v", tc.start, tc.n, tc.s, got, ok, tc.want, tc.ok)
		}
	}
}

// TestStableSortIsStable checks the libstdc++-style merge sort against the
// definition of a stable sort for a consistent comparator, on sizes that
// exercise the insertion-sort chunks, both merge directions and odd halves.
func TestStableSortIsStable(t *testing.T) {
	for n := 0; n < 80; n++ {
		vals := make([]Value, n)
		for i := range vals {
			vals[i] = &List{Elems: []Value{Int((i * 7919) % 5), Int(i)}}
		}
		key := func(v Value) int64 { return int64(v.(*List).Elems[0].(Int)) }
		idx := func(v Value) int64 { return int64(v.(*List).Elems[1].(Int)) }
		calls := 0
		stableSort(vals, func(a, b Value) bool { calls++; return key(a) < key(b) })
		for i := 1; i < n; i++ {
			a, b := vals[i-1], vals[i]
			if key(a) > key(b) || (key(a) == key(b) && idx(a) > idx(b)) {
				t.Fatalf("n=%d: not a stable order at %d: %v %v", n, i, a, b)
			}
		}
		if n > 1 && calls == 0 {
			t.Fatalf("n=%d: comparator never called", n)
		}
	}
}

func TestFormatFloat(t *testing.T) {
	// Nix 2.8: builtins.toJSON [0.1 1.0e20 1.0 1.5e-7 123456789.0 1.0e21 1.0e-5 0.0001 100.0 (1.0 / 3) 999999.0 0.000123456789 (-1.5) 1.0e-300]
	in := []float64{0.1, 1e20, 1.0, 1.5e-7, 123456789.0, 1e21, 1e-5, 0.0001, 100.0, 1.0 / 3, 999999.0, 0.000123456789, -1.5, 1e-300}
	want := "0.1,1e+20,1,1.5e-07,1.23457e+08,1e+21,1e-05,0.0001,100,0.333333,999999,0.000123457,-1.5,1e-300"
	var got []string
	for _, f := range in {
		got = append(got, formatFloat(f))
	}
	if strings.Join(got, ",") != want {
		t.Errorf("formatFloat: got %s\nwant %s", strings.Join(got, ","), want)
	}
}

func TestParseTOMLStructure(t *testing.T) {
	tests := []struct{ src, want string }{
		{"[a.b]\nc = 1\n[a]\nd = 2", `{"a":{"b":{"c":1},"d":2}}`},
		{"[[p]]\nn = 1\n[p.q]\nr = 2\n[[p]]\nn = 3", `{"p":[{"n":1,"q":{"r":2}},{"n":3}]}`},
		{"[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true", `{"fruit":{"apple":{"color":"red","texture":{"smooth":true}}}}`},
		{"s = \"\"\"\n  a \\\n   b\"\"\"\nt = '''\nraw\\n'''", `{"s":"  a b","t":"raw\\n"}`},
		{"q = \"\"\"x\"\"\"\"\"", `{"q":"x\"\""}`},
		{"a = [\n 1, # c\n 2,\n]", `{"a":[1,2]}`},
		{"e = []\nt = {}", `{"e":[],"t":{}}`},
		// toml11, which Nix 2.8 uses, lets a header define a table made by
		// dotted keys.
		{"[fruit]\napple.color = \"red\"\n[fruit.apple]", `{"fruit":{"apple":{"color":"red"}}}`},
		{"a.b = 1\n[a]", `{"a":{"b":1}}`},
		{"[t.u]\n[t]", `{"t":{"u":{}}}`},
		{"[[a]]\nx=1\n[a.b]\ny=2", `{"a":[{"b":{"y":2},"x":1}]}`},
		{"[[t.arr]]\n[t.b]", `{"t":{"arr":[{}],"b":{}}}`},
		{"a.b.c = 1\n[a.b]", `{"a":{"b":{"c":1}}}`},
	}
	ev := New(context.Background(), Options{})
	for _, tc := range tests {
		v, err := parseTOML(tc.src)
		if err != nil {
			t.Errorf("parseTOML(%q): %v", tc.src, err)
			continue
		}
		got, err := ToJSON(ev, Pos{}, v)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("parseTOML(%q) = %s, want %s", tc.src, got, tc.want)
		}
	}
	for _, bad := range []string{
		"a = {b = 1}\na.c = 2",
		"a = [1]\n[[a]]",
		"a = 1\n[a]",
		"[[t.arr]]\n[t]",
		"[a]\nb = 1\n[a.b]",
		"x = 1\nx.y = 2",
		"[a]\n[a.b]\n[a]",
		"a = 1.",
		"a = 1__0",
		"a = 0xg",
		"a = \"\\q\"",
		"[a\nb = 1",
		"a = [1 2]",
	} {
		if _, err := parseTOML(bad); !errors.Is(err, errTOML) {
			t.Errorf("parseTOML(%q): got %v, want a TOML error", bad, err)
		}
	}
}

// FuzzFromJSON checks that parseJSON accepts exactly what encoding/json
// considers valid (for UTF-8 input) and that printing is stable.
func FuzzFromJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5,"x",null,true]}`, `"\u00e9\ud83d\ude00"`, `1e400`, `[1,]`, `-0`, `{"a":1,"a":2}`, ` [ ] `, `12345678901234567890`} {
		f.Add(s)
	}
	ev := New(context.Background(), Options{})
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseJSON(s)
		if err != nil {
			if !errors.Is(err, errJSON) {
				t.Fatalf("parseJSON(%q): error %v does not wrap errJSON", s, err)
			}
			// encoding/json accepts lone surrogate escapes; nlohmann::json
			// (and so Nix) rejects them.
			lenient := strings.Contains(err.Error(), "out_of_range") || strings.Contains(err.Error(), "nesting") || strings.Contains(err.Error(), "surrogate")
			if utf8.ValidString(s) && json.Valid([]byte(s)) && !lenient {
				t.Fatalf("parseJSON(%q) rejected valid JSON: %v", s, err)
			}
			return
		}
		if utf8.ValidString(s) && !json.Valid([]byte(s)) {
			t.Fatalf("parseJSON(%q) accepted invalid JSON", s)
		}
		// Printing and reading back is stable after one round.
		out1, err := ToJSON(ev, Pos{}, v)
		if err != nil {
			t.Fatalf("ToJSON of parsed %q: %v", s, err)
		}
		v2, err := parseJSON(out1)
		if err != nil {
			t.Fatalf("re-parsing %q (from %q): %v", out1, s, err)
		}
		out2, err := ToJSON(ev, Pos{}, v2)
		if err != nil || out2 != out1 {
			t.Fatalf("round trip of %q: %q then %q (%v)", s, out1, out2, err)
		}
	})
}

func FuzzFromTOML(f *testing.F) {
	for _, s := range []string{"a = 1\n[b]\nc = \"x\"\n[[d]]\ne = [1, 2]", "x.y = {z = 1.5}", "s = '''\nlit'''", "d = 1979-05-27", "a = inf\nb = 0x1F"} {
		f.Add(s)
	}
	ev := New(context.Background(), Options{})
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseTOML(s)
		if err != nil {
			if !errors.Is(err, errTOML) {
				t.Fatalf("parseTOML(%q): error %v does not wrap errTOML", s, err)
			}
			return
		}
		if _, ok := v.(*Attrs); !ok {
			t.Fatalf("parseTOML(%q) returned %T, want a set", s, v)
		}
		if _, err := ToJSON(ev, Pos{}, v); err != nil {
			t.Fatalf("ToJSON of parsed TOML %q: %v", s, err)
		}
	})
}
