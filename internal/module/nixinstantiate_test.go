package module

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// What the corpus tests of this package (lib_test.go, modules_test.go,
// module_test.go) share: the -update flag, finding nix-instantiate and a
// lib to give it (the embedded lib written out with WriteLib, or nixpkgs'
// lib named by NIXPKGS_LIB), running it on an expression, and making JSON
// from different evaluators comparable.

func init() {
	flag.Bool("update", false, "rewrite recorded results and golden files (results of the real nixpkgs lib are recorded from NIXPKGS_LIB)")
}

// updating reports whether -update was given.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// requireNix fails the test when nix-instantiate is not installed (Debian
// package nix-bin): the corpora are checked with it.
func requireNix(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("nix-instantiate"); err != nil {
		t.Fatalf("nix-instantiate is required (apt-get install -y nix-bin): %v", err)
	}
}

// writtenLib writes the embedded lib to a temporary directory, so the tests
// exercise exactly what the binary ships.
func writtenLib(t testing.TB) string {
	t.Helper()
	dir, err := WriteLib(filepath.Join(t.TempDir(), "lib"))
	if err != nil {
		t.Fatalf("writing our lib: %v", err)
	}
	return dir
}

// nixpkgsLibEnv returns the nixpkgs lib directory named by NIXPKGS_LIB, or
// "" when it is unset.
func nixpkgsLibEnv() string { return os.Getenv("NIXPKGS_LIB") }

// nixOutput is what one nix-instantiate run printed.
type nixOutput struct {
	Stdout string
	Stderr string
	Failed bool // nix-instantiate exited with a non-zero status
}

// nixInstantiate runs `nix-instantiate --eval --strict [flags] -E expr` with
// the process environment plus env ("NAME=value"). A non-zero exit is
// reported in Failed; the error is for a run that could not complete (not
// started, or ctx done).
func nixInstantiate(ctx context.Context, expr string, flags, env []string) (nixOutput, error) {
	args := append([]string{"--eval", "--strict"}, flags...)
	cmd := exec.CommandContext(ctx, "nix-instantiate", append(args, "-E", expr)...)
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return nixOutput{}, ctx.Err()
	}
	out := nixOutput{Stdout: stdout.String(), Stderr: stderr.String()}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		out.Failed = true
		return out, nil
	}
	if err != nil {
		return nixOutput{}, err
	}
	return out, nil
}

// canonicalJSON re-encodes a JSON document compactly, with sorted keys and
// numbers kept as written, so that runners formatting differently compare
// equal. escapeHTML writes <, > and & as \u003c, \u003e and \u0026, the
// form the module corpus' golden files are recorded in.
func canonicalJSON(data []byte, escapeHTML bool) (string, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return "", fmt.Errorf("decoding JSON: %w", err)
	}
	if dec.More() {
		return "", errors.New("decoding JSON: trailing data")
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(escapeHTML)
	if err := enc.Encode(v); err != nil {
		return "", fmt.Errorf("encoding JSON: %w", err)
	}
	return strings.TrimSuffix(buf.String(), "\n"), nil
}
