package syntax

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// readCorpus reads a corpus file: entries separated by lines "---", the
// part before the first separator being a comment.
func readCorpus(t testing.TB, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "nixparse", name))
	if err != nil {
		t.Fatalf("reading corpus: %v", err)
	}
	chunks := strings.Split(string(data), "\n---\n")
	var out []string
	for _, c := range chunks[1:] {
		out = append(out, strings.TrimSuffix(c, "\n"))
	}
	return out
}

const nixPrefix = "with {}; "

func nixInstantiate(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("nix-instantiate")
	if err != nil {
		t.Fatalf("the differential parser test needs nix-instantiate (Nix 2.8) on PATH; install it with `apt-get install -y nix-bin`: %v", err)
	}
	return path
}

// runNixParse runs nix-instantiate --parse on files (all in one process);
// it returns stdout and whether Nix succeeded.
func runNixParse(t *testing.T, nix, home string, files ...string) (string, string, bool) {
	t.Helper()
	cmd := exec.Command(nix, append([]string{"--parse"}, files...)...)
	cmd.Env = append(os.Environ(), "HOME="+home, "NIX_PATH=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return stdout.String(), stderr.String(), err == nil
}

func writeEntries(t *testing.T, dir string, entries []string) []string {
	t.Helper()
	var files []string
	for i, e := range entries {
		f := filepath.Join(dir, fmt.Sprintf("e%03d.nix", i))
		if err := os.WriteFile(f, []byte(nixPrefix+e), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

func ourParse(t *testing.T, file string) *File {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return Parse(file, src)
}

// TestNixDifferential compares our parse with nix-instantiate --parse.
func TestNixDifferential(t *testing.T) {
	nix := nixInstantiate(t)
	dir := t.TempDir()
	dir, _ = filepath.EvalSymlinks(dir)
	home := "/home/nixk8s-test"

	valid := readCorpus(t, "valid.txt")
	if len(valid) < 150 {
		t.Errorf("valid corpus has %d entries, want at least 150", len(valid))
	}
	vdir := filepath.Join(dir, "valid")
	if err := os.Mkdir(vdir, 0o755); err != nil {
		t.Fatal(err)
	}
	files := writeEntries(t, vdir, valid)
	out, stderr, ok := runNixParse(t, nix, home, files...)
	var want []string
	if ok {
		want = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(want) != len(files) {
			t.Fatalf("nix-instantiate printed %d lines for %d files", len(want), len(files))
		}
	} else {
		// Find the entries Nix rejects, one by one.
		for i, f := range files {
			o, se, ok := runNixParse(t, nix, home, f)
			if !ok {
				t.Errorf("valid entry %d is rejected by Nix (move it to invalid.txt):\n%s\n%s", i, valid[i], se)
				want = append(want, "")
				continue
			}
			want = append(want, strings.TrimSuffix(o, "\n"))
		}
		_ = stderr
	}
	order := map[string]int{}
	for i, f := range files {
		pf := ourParse(t, f)
		if len(pf.Errors) > 0 {
			t.Errorf("valid entry %d:\n%s\nwe report: %v", i, valid[i], pf.Errors[0].Msg)
			continue
		}
		got := printNixOrder(pf, vdir, home, order)
		if want[i] != "" && got != want[i] {
			t.Errorf("entry %d:\n%s\nnix: %s\nour: %s", i, valid[i], want[i], got)
		}
	}

	invalid := readCorpus(t, "invalid.txt")
	idir := filepath.Join(dir, "invalid")
	if err := os.Mkdir(idir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i, f := range writeEntries(t, idir, invalid) {
		o, _, ok := runNixParse(t, nix, home, f)
		if ok {
			t.Errorf("invalid entry %d is accepted by Nix (move it to valid.txt):\n%s\nnix: %s", i, invalid[i], o)
		}
		if pf := ourParse(t, f); len(pf.Errors) == 0 {
			t.Errorf("invalid entry %d: we report no error:\n%s", i, invalid[i])
		}
	}
}
