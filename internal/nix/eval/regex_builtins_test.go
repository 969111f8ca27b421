package eval

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// renderMatch renders a match result the way nix-instantiate --json prints
// builtins.match: null, or a list of strings/nulls.
func renderMatch(s string, loc []int) string {
	if loc == nil {
		return "null"
	}
	parts := make([]string, 0, len(loc)/2-1)
	for g := 1; g < len(loc)/2; g++ {
		parts = append(parts, renderGroup(s, loc[2*g], loc[2*g+1]))
	}
	return "[" + strings.Join(parts, ",") + "]"
}

func renderGroup(s string, a, b int) string {
	if a < 0 {
		return "null"
	}
	return strconv.Quote(s[a:b])
}

// renderSplit renders the interleaved list builtins.split returns.
func renderSplit(s string, matches [][]int) string {
	var parts []string
	prev := 0
	for _, m := range matches {
		parts = append(parts, strconv.Quote(s[prev:m[0]]))
		var groups []string
		for g := 1; g < len(m)/2; g++ {
			groups = append(groups, renderGroup(s, m[2*g], m[2*g+1]))
		}
		parts = append(parts, "["+strings.Join(groups, ",")+"]")
		prev = m[1]
	}
	parts = append(parts, strconv.Quote(s[prev:]))
	return "[" + strings.Join(parts, ",") + "]"
}

// The expected values below are the output of
// nix-instantiate --eval --strict --json --expr 'builtins.match RE S'
// with Nix 2.8; "error" means Nix reports an invalid regular expression.
func TestRegexMatchAgainstNix(t *testing.T) {
	tests := []struct{ re, s, want string }{
		{"(a|ab)(c|bcd)(d*)", "abcd", `["a","bcd",""]`},
		{"a|ab", "ab", `[]`},
		{"(a*)(a*)", "aaa", `["aaa",""]`},
		{"(a|b)*", "ab", `["b"]`},
		{"((a)|b)*", "ab", `["b","a"]`},
		{"[[:alpha:]]+", "abc", `[]`},
		{`[\d]+`, `d\`, `[]`},
		{`\d+`, "123", "error"},
		{"a{2,3}", "aaa", `[]`},
		{"a{,3}", "aaa", "error"},
		{"(", "aaa", "error"},
		{".*", "a\nb", `[]`},
		{"[^a]", "\n", `[]`},
		{`\w+`, "abc", "error"},
		{`\.`, ".", `[]`},
		{`\n`, "n", "error"},
		{`(a)\1`, "aa", "error"},
		{`a\{2\}`, "a{2}", "error"},
		{"[a-]+", "a-", `[]`},
		{"[]a]+", "]a", `[]`},
		{"[^]a]+", "bc", `[]`},
		{"[[.a.]]", "a", `[]`},
		{"[[=a=]]", "a", `[]`},
		{"a{2}{3}", "aaaaaa", `[]`},
		{"a**", "aa", `[]`},
		{"a+?", "aa", `[]`},
		{"()", "", `[""]`},
		{"a{1", "a{1", "error"},
		{"{", "{", "error"},
		{"a{", "a{", "error"},
		{"}", "}", `[]`},
		{"]", "]", `[]`},
		{"^a$", "a", `[]`},
		{"a^b", "a^b", `null`},
		{"x|", "x", `[]`},
		{"|", "", `[]`},
		{"(|a)", "a", `["a"]`},
		{"[[:word:]]+", "a_1", "error"},
		{"[[:foo:]]+", "a_1", "error"},
		{"[z-a]", "a", "error"},
		{`[\]]`, "]", `null`},
		{`[\n]`, "n", `[]`},
		{"é", "é", `[]`},
		{".", "é", `null`},
		{"[é]", "é", `null`},
		{"[é]+", "é", `[]`},
		{"[a-é]+", "é", "error"},
		{"(?:a)", "a", "error"},
		{`\b`, "", "error"},
		{`a\|b`, "a|b", `[]`},
		{"[[:d:]]+", "12", `[]`},
		{"[[:w:]]+", "1_a", `[]`},
		{"[[:s:]]+", " ", `[]`},
		{"[[.space.]]", " ", `[]`},
		{"[[.hyphen.]]", "-", `[]`},
		{"[[.ab.]]", "ab", "error"},
		{"[[.-.]]", "-", "error"},
		{"[[.a.]-c]", "b", `[]`},
		{"[[.NUL.]]", "a", `null`},
		{"[[.A.]]", "A", `[]`},
		{"[[:alpha:]", "a", "error"},
		{"[a", "a", "error"},
		{"[[.period.]-[.zero.]]+", "/", "error"},
		{"a{1,2}{2}", "aaa", `[]`},
		{"a{2}*", "aaaa", `[]`},
		{"(a{2})*", "aaaa", `["aa"]`},
		{"a{2,1}", "a", "error"},
		{"a{0}", "", `[]`},
		{"a{1,}", "aaaa", `[]`},
		{"a{ 1}", "a", "error"},
		{`\]`, "]", "error"},
		{`\}`, "}", "error"},
		{`\-`, "-", "error"},
		{`\/`, "/", "error"},
		{`\\`, `\`, `[]`},
		{`\^`, "^", `[]`},
		{`\$`, "$", `[]`},
		{"[a-c-e]", "d", "error"},
		{`[a\-c]`, "b", `[]`},
		{"[--/]", ".", `[]`},
		{"[[:alpha:]-z]", "-", "error"},
		{"[a-[:alpha:]]", "-", "error"},
		{"*a", "a", "error"},
		{"a|*b", "b", "error"},
		{"(*a)", "a", "error"},
		{"a(", "a", "error"},
		{"a)", "a)", "error"},
		{"[", "[", "error"},
		{`a\`, "a", "error"},
		{"[[:upper:]]", "a", `null`},
		{"[^[:space:]]+", "ab", `[]`},
		{"x*$", "xx", `[]`},
		{"$a", "a", `null`},
		{"(a$)b", "ab", `null`},
		{"a{1000}", "a", `null`},
		{"[]", "a", "error"},
		{"[^]", "a", "error"},
		{"[a]]", "a]", `[]`},
		{"a{01}", "a", `[]`},
		{"[a-c-]+", "a-", `[]`},
		{"^*a", "a", "error"},
		// Where libstdc++'s depth-first search is neither leftmost-first
		// nor leftmost-longest.
		{"(a*)*", "aa", `[""]`},
		{"(a*)+", "aa", `[""]`},
		{"(a?)*", "aa", `[""]`},
		{"(|a)+", "aa", `[""]`},
		{"(a|)+", "aa", `[""]`},
	}
	for _, tc := range tests {
		r, err := compileNixRegex(tc.re)
		got := ""
		if err != nil {
			if !errors.Is(err, errBadRegex) {
				t.Errorf("match %q: error %v does not wrap errBadRegex", tc.re, err)
			}
			got = "error"
		} else {
			got = renderMatch(tc.s, r.Match(tc.s))
		}
		if got != tc.want {
			t.Errorf("builtins.match %q %q = %s, Nix gives %s", tc.re, tc.s, got, tc.want)
		}
	}
}

// Expected values from nix-instantiate ... 'builtins.split RE S' (Nix 2.8).
func TestRegexSplitAgainstNix(t *testing.T) {
	tests := []struct{ re, s, want string }{
		{"(a|ab)", "xabx", `["x",["ab"],"x"]`},
		{"a|ab", "abab", `["",[],"",[],""]`},
		{"", "abc", `["",[],"a",[],"b",[],"c",[],""]`},
		{"x*", "abc", `["",[],"a",[],"b",[],"c",[],""]`},
		{"a*", "baaac", `["",[],"b",[],"",[],"c",[],""]`},
		{"a*", "aaa", `["",[],"",[],""]`},
		{"(a*)", "ab", `["",["a"],"",[""],"b",[""],""]`},
		{"a|ab|abc", "xabcx", `["x",[],"x"]`},
		{"(a|ab)(c|bcd)?", "abcd", `["",["a","bcd"],""]`},
		{"(a|ab)(b*)", "abb", `["",["a","bb"],""]`},
		{"(a)|b", "abc", `["",["a"],"",[null],"c"]`},
		{"^a", "aaa", `["",[],"aa"]`},
		{"[[:space:]]+", " a  b ", `["",[],"a",[],"b",[],""]`},
		{"é", "aéb", `["a",[],"b"]`},
		{"(.)", "é", `["",["\xc3"],"",["\xa9"],""]`},
		{"a*(ab)?", "aab", `["",[null],"",[null],"b",[null],""]`},
	}
	for _, tc := range tests {
		r, err := compileNixRegex(tc.re)
		if err != nil {
			t.Errorf("split %q: %v", tc.re, err)
			continue
		}
		if got := renderSplit(tc.s, r.FindAll(tc.s)); got != tc.want {
			t.Errorf("builtins.split %q %q = %s, Nix gives %s", tc.re, tc.s, got, tc.want)
		}
	}
}

func TestTranslateEREGroups(t *testing.T) {
	tests := []struct {
		re     string
		groups int
	}{
		{"a", 0}, {"(a)(b)", 2}, {"((a)|b)*", 2}, {"[(]", 0}, {`\(`, 0},
	}
	for _, tc := range tests {
		_, n, err := translateERE(tc.re, true)
		if err != nil {
			t.Fatalf("translate %q: %v", tc.re, err)
		}
		if n != tc.groups {
			t.Errorf("translate %q: %d groups, want %d", tc.re, n, tc.groups)
		}
	}
}

func TestRegexCacheReusesCompiled(t *testing.T) {
	var c regexCache
	a, err := c.get("a+")
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.get("a+")
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Error("second lookup compiled the pattern again")
	}
	if _, err := c.get("("); !errors.Is(err, errBadRegex) {
		t.Errorf("bad pattern: got %v", err)
	}
}

func FuzzTranslateERE(f *testing.F) {
	for _, s := range []string{"a", "(a|b)*c", "[[:alpha:]]+", "[]a-]", "a{2,3}", `\.`, "[^x]", "^$", "(()|a)+"} {
		f.Add(s, "aab]c.x")
	}
	f.Fuzz(func(t *testing.T, pattern, subject string) {
		r, err := compileNixRegex(pattern)
		if err != nil {
			if !errors.Is(err, errBadRegex) {
				t.Fatalf("compile %q: error %v does not wrap errBadRegex", pattern, err)
			}
			return
		}
		if loc := r.Match(subject); loc != nil {
			if loc[0] != 0 || loc[1] != len(subject) {
				t.Fatalf("match %q %q: whole match %v", pattern, subject, loc[:2])
			}
			checkLoc(t, subject, loc)
		}
		prev := 0
		for _, m := range r.FindAll(subject) {
			if m[0] < prev {
				t.Fatalf("split %q %q: match %v before previous end %d", pattern, subject, m, prev)
			}
			checkLoc(t, subject, m)
			prev = m[1]
		}
	})
}

func checkLoc(t *testing.T, s string, loc []int) {
	t.Helper()
	for i := 0; i < len(loc); i += 2 {
		a, b := loc[i], loc[i+1]
		if (a < 0) != (b < 0) || a > b || b > len(s) {
			t.Fatalf("bad submatch %d: [%d,%d] in %q", i/2, a, b, s)
		}
	}
}

// TestRegexBudgetFallsBack checks that a pattern whose backtracking search
// explodes is answered (by the linear-time translation) instead of
// running away, and that long subjects work.
func TestRegexBudgetFallsBack(t *testing.T) {
	r, err := compileNixRegex("(a*)*b")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Repeat("a", 40)
	if _, ok := r.prog.matchDFS(s); ok {
		t.Fatal("expected the backtracking budget to run out on (a*)*b")
	}
	if loc := r.Match(s); loc != nil {
		t.Errorf("match (a*)*b on a^40: got %v, want no match", loc)
	}
	if loc := r.Match(s + "b"); loc == nil || loc[1] != len(s)+1 {
		t.Errorf("match (a*)*b on a^40 b: got %v", loc)
	}

	comma, err := compileNixRegex(",")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("x,", 50000)
	if n := len(comma.FindAll(long)); n != 50000 {
		t.Errorf("split , on a long subject: %d matches, want 50000", n)
	}
	dot, err := compileNixRegex("(.*)")
	if err != nil {
		t.Fatal(err)
	}
	if loc := dot.Match(long); loc == nil || loc[3] != len(long) {
		t.Errorf("match (.*) on a long subject: %d offsets", len(loc))
	}
}
