package eval_test

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The differential conformance corpus lives in testdata/nix/conformance:
// one case per .nix file, grouped in folders by topic. Files and folders
// whose name starts with "_" are fixtures (imported or read by cases), not
// cases. DIFFERENCES lists cases whose Nix 2.8 behaviour we deliberately
// do not replicate.

// conformanceDir is the corpus directory relative to this package.
const conformanceDir = "../../../testdata/nix/conformance"

// minConformanceCases is the least number of cases the corpus must hold.
const minConformanceCases = 450

// conformanceEnvVar is the one environment variable cases may read with
// builtins.getEnv; the test gives it the same value on both sides.
const (
	conformanceEnvVar   = "NIXK8S_CONFORMANCE"
	conformanceEnvValue = "conformance-value"
)

// conformanceCases returns the case files under root as slash-separated
// paths relative to root, sorted.
func conformanceCases(root string) ([]string, error) {
	var cases []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != root && strings.HasPrefix(d.Name(), "_") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !strings.HasSuffix(d.Name(), ".nix") {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		cases = append(cases, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("listing conformance cases in %s: %w", root, err)
	}
	sort.Strings(cases)
	return cases, nil
}

// readDifferences parses root/DIFFERENCES: one "case/path.nix: reason" per
// line; blank lines and lines starting with '#' are ignored.
func readDifferences(root string) (map[string]string, error) {
	name := filepath.Join(root, "DIFFERENCES")
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("reading the list of known differences: %w", err)
	}
	diffs := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		path, reason, ok := strings.Cut(text, ":")
		path, reason = strings.TrimSpace(path), strings.TrimSpace(reason)
		if !ok || path == "" || reason == "" {
			return nil, fmt.Errorf("%s:%d: want \"case/path.nix: reason\", got %q", name, line, text)
		}
		if _, dup := diffs[path]; dup {
			return nil, fmt.Errorf("%s:%d: %s is listed twice; keep one line", name, line, path)
		}
		diffs[path] = reason
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return diffs, nil
}

// nondeterministic matches builtins whose result differs between runs or
// machines; cases must not use them.
var nondeterministic = regexp.MustCompile(`\bcurrentTime\b|\bfetch(url|Tarball|Git|Tree|Mercurial)\b`)

// getEnvUse finds the variable names passed literally to getEnv.
var getEnvUse = regexp.MustCompile(`getEnv\s+"([^"]*)"`)

// TestConformanceCorpus checks the corpora themselves, without any
// evaluator: enough cases, a well-formed and short DIFFERENCES list that
// names real cases, and no case that depends on time or on the machine's
// environment.
func TestConformanceCorpus(t *testing.T) {
	corpora := []struct {
		dir      string
		minCases int
	}{
		{conformanceDir, minConformanceCases},
		{nixpkgsLibDir, 50},
	}
	for _, corpus := range corpora {
		t.Run(filepath.Base(corpus.dir), func(t *testing.T) {
			checkCorpus(t, corpus.dir, corpus.minCases)
		})
	}
}

func checkCorpus(t *testing.T, dir string, minCases int) {
	root, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	cases, err := conformanceCases(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < minCases {
		t.Errorf("the corpus has %d cases, want at least %d", len(cases), minCases)
	}
	known := map[string]bool{}
	for _, c := range cases {
		known[c] = true
	}
	diffs, err := readDifferences(root)
	if err != nil {
		t.Fatal(err)
	}
	for path := range diffs {
		if !known[path] {
			t.Errorf("DIFFERENCES lists %s, which is not a case: remove the line or fix the path", path)
		}
	}
	if max := len(cases) / 20; len(diffs) > max {
		t.Errorf("DIFFERENCES lists %d cases; keep it under %d (5%% of the corpus) by fixing the evaluator instead", len(diffs), max)
	}
	for _, c := range cases {
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(c)))
		if err != nil {
			t.Fatal(err)
		}
		if len(bytes.TrimSpace(data)) == 0 {
			t.Errorf("%s: empty case", c)
		}
		if m := nondeterministic.Find(data); m != nil {
			t.Errorf("%s: uses %q, whose result is not the same on every run and machine", c, m)
		}
		for _, m := range getEnvUse.FindAllSubmatch(data, -1) {
			// "" names no variable, so it reads the same everywhere.
			if len(m[1]) > 0 && !strings.HasPrefix(string(m[1]), conformanceEnvVar) {
				t.Errorf("%s: getEnv %q reads the machine's environment; use %s (set by the test) instead", c, m[1], conformanceEnvVar)
			}
		}
	}
}

// coveredBuiltins are the builtins the corpus must exercise, each in at
// least minCasesPerBuiltin cases (edge and error cases included).
var coveredBuiltins = strings.Fields(`
	add sub mul div lessThan bitAnd bitOr bitXor ceil floor
	length head tail elemAt elem filter concatLists concatMap foldl' genList sort partition groupBy all any listToAttrs map
	attrNames attrValues getAttr hasAttr catAttrs mapAttrs intersectAttrs functionArgs zipAttrsWith genericClosure removeAttrs
	isAttrs isList isFunction isString isInt isFloat isBool isPath isNull typeOf
	stringLength substring concatStringsSep replaceStrings split match splitVersion compareVersions parseDrvName toString
	hashString toJSON fromJSON fromTOML toXML
	readFile readDir pathExists path baseNameOf dirOf hashFile findFile scopedImport import
	seq deepSeq tryEval trace addErrorContext unsafeGetAttrPos throw abort
	currentSystem nixVersion langVersion storeDir getEnv
	hasContext getContext unsafeDiscardStringContext appendContext
`)

const minCasesPerBuiltin = 3

// TestConformanceBuiltinCoverage counts, for every builtin the corpus must
// cover, the cases that name it.
func TestConformanceBuiltinCoverage(t *testing.T) {
	root, err := filepath.Abs(conformanceDir)
	if err != nil {
		t.Fatal(err)
	}
	cases, err := conformanceCases(root)
	if err != nil {
		t.Fatal(err)
	}
	sources := make([][]byte, len(cases))
	for i, c := range cases {
		if sources[i], err = os.ReadFile(filepath.Join(root, filepath.FromSlash(c))); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range coveredBuiltins {
		// A name used as an identifier: not part of a longer one.
		re := regexp.MustCompile(`(^|[^A-Za-z0-9_'-])` + regexp.QuoteMeta(name) + `($|[^A-Za-z0-9_'-])`)
		n := 0
		for _, src := range sources {
			if re.Match(src) {
				n++
			}
		}
		if n < minCasesPerBuiltin {
			t.Errorf("builtin %s is used by %d cases, want at least %d: add cases (with edge and error cases) under testdata/nix/conformance/builtins/", name, n, minCasesPerBuiltin)
		}
	}
}

// TestConformanceCasesListing checks the walker on a small tree: fixtures
// (names starting with "_") and non-.nix files are not cases.
func TestConformanceCasesListing(t *testing.T) {
	root := t.TempDir()
	files := []string{
		"a/one.nix", "a/two.nix", "a/_fix/lib.nix", "a/_helper.nix",
		"b/data.json", "b/sub/three.nix", "_top/x.nix", "DIFFERENCES",
	}
	for _, f := range files {
		p := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := conformanceCases(root)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a/one.nix", "a/two.nix", "b/sub/three.nix"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("conformanceCases = %v, want %v", got, want)
	}
}

func TestReadDifferences(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    map[string]string
		wantErr string
	}{
		{
			name:    "comments and blanks",
			content: "# header\n\na/b.nix: store paths are not computed\n  c.nix :  reason: with colon \n",
			want:    map[string]string{"a/b.nix": "store paths are not computed", "c.nix": "reason: with colon"},
		},
		{name: "missing reason", content: "a.nix:\n", wantErr: "DIFFERENCES:1"},
		{name: "no colon", content: "# x\na.nix\n", wantErr: "DIFFERENCES:2"},
		{name: "duplicate", content: "a.nix: x\na.nix: y\n", wantErr: "listed twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			if err := os.WriteFile(filepath.Join(root, "DIFFERENCES"), []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := readDifferences(root)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
