package eval_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// outcome is what one evaluator made of one case: the JSON text of the
// strictly evaluated result, or an error message.
type outcome struct {
	JSON   string
	Err    string // non-empty when evaluation failed
	Failed bool
	// Crashed marks a failure that is a bug whatever Nix does: our
	// evaluator panicked or did not finish in time. It never agrees.
	Crashed bool
}

func (o outcome) String() string {
	if o.Failed {
		return "error: " + o.Err
	}
	return o.JSON
}

// nixTimeout bounds one nix-instantiate run (stack-overflow cases take a
// few seconds under real Nix).
const nixTimeout = 60 * time.Second

// runNix evaluates root/rel with `nix-instantiate --eval --strict --json`
// in the case's directory. --readonly-mode keeps the store untouched:
// paths that Nix would copy get their store path computed, not written.
// The returned error is for failures of the harness (nix-instantiate could
// not run or timed out), not of the case.
func runNix(ctx context.Context, bin, root, rel string) (outcome, error) {
	file := filepath.Join(root, filepath.FromSlash(rel))
	return runNixIn(ctx, bin, filepath.Dir(file), rel, filepath.Base(file))
}

// runNixIn runs `nix-instantiate --readonly-mode --eval --strict --json
// ARGS...` in dir; label names the case in harness errors.
func runNixIn(ctx context.Context, bin, dir, label string, args ...string) (outcome, error) {
	ctx, cancel := context.WithTimeout(ctx, nixTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append([]string{"--readonly-mode", "--eval", "--strict", "--json"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NIX_PATH=", conformanceEnvVar+"="+conformanceEnvValue)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return outcome{}, fmt.Errorf("running nix-instantiate on %s: timed out after %v", label, nixTimeout)
	}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return outcome{JSON: strings.TrimSpace(stdout.String())}, nil
	case errors.As(err, &exitErr):
		return outcome{Failed: true, Err: nixErrorMessage(stderr.String())}, nil
	default:
		return outcome{}, fmt.Errorf("running nix-instantiate on %s: %w", label, err)
	}
}

// nixErrorMessage keeps the "error: ..." part of Nix's stderr, dropping
// trace output and the "(use '--show-trace' ...)" hint.
func nixErrorMessage(stderr string) string {
	var lines []string
	started := false
	for _, l := range strings.Split(stderr, "\n") {
		if !started {
			if rest, ok := strings.CutPrefix(l, "error: "); ok {
				started = true
				lines = append(lines, rest)
			}
			continue
		}
		if strings.HasPrefix(l, "(use '--show-trace'") {
			continue
		}
		lines = append(lines, l)
	}
	if !started {
		return strings.TrimSpace(stderr)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// conformanceResult is the comparison of both evaluators on one case.
type conformanceResult struct {
	Case   string
	Nix    outcome
	Ours   outcome
	Reason string // non-empty: listed in DIFFERENCES, not compared
}

// agree reports whether both evaluators produced the same JSON text, or
// both failed.
func (r conformanceResult) agree() bool {
	if r.Nix.Crashed || r.Ours.Crashed {
		return false
	}
	if r.Nix.Failed || r.Ours.Failed {
		return r.Nix.Failed && r.Ours.Failed
	}
	return r.Nix.JSON == r.Ours.JSON
}

// likelyPart guesses which part of the evaluator a failing case points
// at: the parser for syntax errors, builtins for cases about builtins or
// JSON/number output, the core for the rest. It is a hint for whoever
// picks the case up, not a verdict.
func likelyPart(r conformanceResult) string {
	msg := strings.ToLower(r.Ours.Err)
	if r.Ours.Failed && (strings.Contains(msg, "syntax error") || strings.Contains(msg, "parse error") ||
		strings.Contains(msg, "unexpected") || strings.Contains(msg, "unterminated")) {
		return "parser"
	}
	// Errors Nix reports while parsing, before evaluating anything.
	if r.Nix.Failed && !r.Ours.Failed {
		for _, parseErr := range []string{"syntax error", "invalid integer", "invalid float", "path has a trailing slash"} {
			if strings.Contains(r.Nix.Err, parseErr) {
				return "parser"
			}
		}
	}
	top, _, _ := strings.Cut(r.Case, "/")
	switch top {
	case "literals", "indented-strings":
		return "parser"
	case "builtins", "builtins-set":
		return "builtins"
	}
	return "core"
}

// conformanceSummary counts passes, failures and listed differences.
type conformanceSummary struct {
	Cases, Pass, Fail, Known int
}

func summarize(results []conformanceResult) conformanceSummary {
	s := conformanceSummary{Cases: len(results)}
	for _, r := range results {
		switch {
		case r.Reason != "":
			s.Known++
		case r.agree():
			s.Pass++
		default:
			s.Fail++
		}
	}
	return s
}

func (s conformanceSummary) String() string {
	return fmt.Sprintf("%d cases: %d pass, %d fail, %d known differences (not compared)", s.Cases, s.Pass, s.Fail, s.Known)
}

// renderFailing writes FAILING.md: the failing cases grouped by the part
// of the evaluator that is likely at fault, with both evaluators' output.
// The output depends only on results, so reruns without changes give the
// same file.
func renderFailing(results []conformanceResult) []byte {
	var failing []conformanceResult
	for _, r := range results {
		if r.Reason == "" && !r.agree() {
			failing = append(failing, r)
		}
	}
	sort.SliceStable(failing, func(i, j int) bool {
		pi, pj := likelyPart(failing[i]), likelyPart(failing[j])
		if pi != pj {
			return pi < pj
		}
		return failing[i].Case < failing[j].Case
	})
	var b bytes.Buffer
	b.WriteString("# Conformance failures\n\n")
	b.WriteString("Cases of testdata/nix/conformance where our evaluator and `nix-instantiate --eval --strict --json` (Nix 2.8)\n")
	b.WriteString("disagree. Generated; do not edit by hand. Refresh with\n\n")
	b.WriteString("    go test ./internal/nix/eval -run '^TestConformance$' -update-failing\n\n")
	fmt.Fprintf(&b, "Last run: %s.\n\n", summarize(results))
	if len(failing) == 0 {
		b.WriteString("No failing cases.\n")
		writeMessageDiffs(&b, results)
		return b.Bytes()
	}
	b.WriteString("\"Likely part\" is a guess from the case's topic and our error message: parser\n")
	b.WriteString("(internal/nix/syntax), core or builtins (internal/nix/eval, see CONTRACT.md).\n\n")
	b.WriteString("| case | Nix 2.8 | ours | likely part |\n|---|---|---|---|\n")
	for _, r := range failing {
		nix, ours := r.Nix.String(), r.Ours.String()
		if !r.Nix.Failed && !r.Ours.Failed {
			nix, ours = aroundFirstDifference(nix, ours, 60)
		}
		fmt.Fprintf(&b, "| [%s](%s) | %s | %s | %s |\n", r.Case, r.Case, mdCell(nix), mdCell(ours), likelyPart(r))
	}
	writeCounts(&b, failing)
	writeMessageDiffs(&b, results)
	return b.Bytes()
}

// firstLine is the first line of an error message, the part both
// evaluators word the same way when they agree.
func firstLine(msg string) string {
	line, _, _ := strings.Cut(msg, "\n")
	return strings.TrimSpace(line)
}

// messageDiffers reports whether both evaluators failed, as they should,
// but with differently worded errors.
func messageDiffers(r conformanceResult) bool {
	return r.Reason == "" && r.agree() && r.Nix.Failed && firstLine(r.Nix.Err) != firstLine(r.Ours.Err)
}

// writeMessageDiffs lists the cases where both evaluators fail with
// different first lines: not failures of the test (only the outcome is
// compared), but where our error texts still differ from Nix's.
func writeMessageDiffs(b *bytes.Buffer, results []conformanceResult) {
	var diffs []conformanceResult
	for _, r := range results {
		if messageDiffers(r) {
			diffs = append(diffs, r)
		}
	}
	if len(diffs) == 0 {
		return
	}
	fmt.Fprintf(b, "\n## Error messages worded differently (%d, informational)\n\n", len(diffs))
	b.WriteString("Both evaluators fail on these cases, so they pass; the first lines of the errors differ.\n\n")
	b.WriteString("| case | Nix 2.8 | ours |\n|---|---|---|\n")
	for _, r := range diffs {
		fmt.Fprintf(b, "| [%s](%s) | %s | %s |\n", r.Case, r.Case, mdCell(firstLine(r.Nix.Err)), mdCell(firstLine(r.Ours.Err)))
	}
}

// writeCounts ends the failure table with the number of failures per part.
func writeCounts(b *bytes.Buffer, failing []conformanceResult) {
	counts := map[string]int{}
	for _, r := range failing {
		counts[likelyPart(r)]++
	}
	parts := make([]string, 0, len(counts))
	for p := range counts {
		parts = append(parts, p)
	}
	sort.Strings(parts)
	b.WriteString("\nBy likely part:")
	for _, p := range parts {
		fmt.Fprintf(b, " %s %d;", p, counts[p])
	}
	b.WriteString("\n")
}

// aroundFirstDifference cuts a and b down to the part around their first
// differing byte, keeping up to width bytes of context before it, so that
// long outputs that differ late still show the difference.
func aroundFirstDifference(a, b string, width int) (string, string) {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	if i <= width {
		return a, b
	}
	start := i - width
	// Do not cut a UTF-8 sequence in two.
	for start < i && start < len(a) && a[start]&0xC0 == 0x80 {
		start++
	}
	return "..." + a[start:], "..." + b[start:]
}

// mdCell makes s safe for one Markdown table cell: one line, pipes
// escaped, at most 160 characters, wrapped in a code span.
func mdCell(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ⏎ ")), " ")
	if r := []rune(s); len(r) > 160 {
		s = string(r[:157]) + "..."
	}
	s = strings.ReplaceAll(s, "|", `\|`)
	s = strings.ReplaceAll(s, "`", "'")
	return "`" + s + "`"
}

func TestNixErrorMessage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"error: division by zero\n", "division by zero"},
		{"trace: hello\nerror: boom\n(use '--show-trace' to show detailed location information)\n", "boom"},
		{"error: undefined variable 'x'\n\n       at f.nix:1:1:\n", "undefined variable 'x'\n\n       at f.nix:1:1:"},
		{"something odd\n", "something odd"},
	}
	for _, tt := range tests {
		if got := nixErrorMessage(tt.in); got != tt.want {
			t.Errorf("nixErrorMessage(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRenderFailing(t *testing.T) {
	results := []conformanceResult{
		{Case: "operators/a.nix", Nix: outcome{JSON: "1"}, Ours: outcome{JSON: "1"}},
		{Case: "operators/b.nix", Nix: outcome{JSON: "[1,2]"}, Ours: outcome{Failed: true, Err: "a | b\nsecond line"}},
		{Case: "literals/c.nix", Nix: outcome{Failed: true, Err: "x"}, Ours: outcome{JSON: "3"}},
		{Case: "builtins/d.nix", Nix: outcome{Failed: true, Err: "x"}, Ours: outcome{Failed: true, Err: "y"}},
		{Case: "operators/h.nix", Nix: outcome{Failed: true, Err: "stack overflow"}, Ours: outcome{Failed: true, Crashed: true, Err: "did not finish within 30s"}},
		{Case: "floats/g.nix", Nix: outcome{Failed: true, Err: "invalid float '5e-324'"}, Ours: outcome{JSON: "4.94066e-324"}},
		{Case: "paths/e.nix", Nix: outcome{JSON: `"/nix/store/x"`}, Ours: outcome{JSON: `"/a"`}, Reason: "store paths"},
	}
	s := summarize(results)
	if s != (conformanceSummary{Cases: 7, Pass: 2, Fail: 4, Known: 1}) {
		t.Errorf("summarize = %+v", s)
	}
	out := string(renderFailing(results))
	for _, want := range []string{
		"7 cases: 2 pass, 4 fail, 1 known differences",
		"| [operators/h.nix](operators/h.nix) | `error: stack overflow` | `error: did not finish within 30s` | core |",
		"| [floats/g.nix](floats/g.nix) | `error: invalid float '5e-324'` | `4.94066e-324` | parser |",
		"| [literals/c.nix](literals/c.nix) | `error: x` | `3` | parser |",
		"| [operators/b.nix](operators/b.nix) | `[1,2]` | `error: a \\| b ⏎ second line` | core |",
		"By likely part: core 2; parser 2;",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("FAILING.md lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(out, "## Error messages worded differently (1, informational)") ||
		!strings.Contains(out, "| [builtins/d.nix](builtins/d.nix) | `x` | `y` |") {
		t.Errorf("FAILING.md lacks the differently worded error of builtins/d.nix:\n%s", out)
	}
	for _, notWant := range []string{"operators/a.nix", "paths/e.nix"} {
		if strings.Contains(out, notWant) {
			t.Errorf("FAILING.md lists %s, which does not fail:\n%s", notWant, out)
		}
	}
	long := strings.Repeat("x", 300)
	late := []conformanceResult{{Case: "attrsets/f.nix", Nix: outcome{JSON: `["` + long + `a"]`}, Ours: outcome{JSON: `["` + long + `b"]`}}}
	if out := string(renderFailing(late)); !strings.Contains(out, "a\"]`") || !strings.Contains(out, "b\"]`") {
		t.Errorf("a late difference is cut off:\n%s", out)
	}
	if !bytes.Equal(renderFailing(results), renderFailing(results)) {
		t.Error("renderFailing is not deterministic")
	}
	if out := string(renderFailing(results[:1])); !strings.Contains(out, "No failing cases.") {
		t.Errorf("all-pass report lacks the no-failures line:\n%s", out)
	}
}

func TestRunNix(t *testing.T) {
	bin := requireNixInstantiate(t)
	root := t.TempDir()
	files := map[string]string{
		"ok.nix":   `{ b = [ 1 2.5 ]; a = builtins.getEnv "` + conformanceEnvVar + `"; }`,
		"fail.nix": `throw "expected failure"`,
		"rel.nix":  `builtins.baseNameOf (toString ./.)`,
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(root, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	got, err := runNix(ctx, bin, root, "ok.nix")
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"a":"` + conformanceEnvValue + `","b":[1,2.5]}`; got.Failed || got.JSON != want {
		t.Errorf("ok.nix: got %v, want %s", got, want)
	}
	got, err = runNix(ctx, bin, root, "fail.nix")
	if err != nil {
		t.Fatal(err)
	}
	if !got.Failed || got.Err != "expected failure" {
		t.Errorf("fail.nix: got %+v, want the error %q", got, "expected failure")
	}
	got, err = runNix(ctx, bin, root, "rel.nix")
	if err != nil {
		t.Fatal(err)
	}
	if want := `"` + filepath.Base(root) + `"`; got.JSON != want {
		t.Errorf("rel.nix: got %v, want %s (cases run in their own directory)", got, want)
	}
}
