package eval_test

import (
	"bytes"
	"context"
	"os/exec"
	"testing"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// TestTraceOutputMatchesNix runs trace messages with terminal escape
// sequences and tabs through nix-instantiate (its stderr a pipe, as ours is
// a buffer here) and through our evaluator: escapes are dropped and tabs
// expanded the same way.
func TestTraceOutputMatchesNix(t *testing.T) {
	bin := requireNixInstantiate(t)
	esc := `(builtins.fromJSON "\"\\u001b\"")`
	exprs := []string{
		`builtins.trace "ab\tc\td" 1`,
		`builtins.trace "\tx" 1`,
		`builtins.trace "1234567\t8\n\tline two\t." 1`,
		`builtins.trace "${` + esc + `}[1;35mwarning:${` + esc + `}[0m careful" 1`,
		`builtins.trace "a${` + esc + `}[38;5;208mb${` + esc + `}(Bc\t|" 1`,
		`builtins.trace "é\tx" 1`,
		`builtins.trace "trailing${` + esc + `}" 1`,
		`builtins.trace "${` + esc + `}[" 1`,
	}
	for _, expr := range exprs {
		cmd := exec.Command(bin, "--eval", "--strict", "--expr", expr)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s: nix-instantiate: %v\n%s", expr, err, stderr.String())
		}
		var ours bytes.Buffer
		ev := eval.New(context.Background(), eval.Options{Stderr: &ours})
		v, err := ev.EvalSource("t.nix", []byte(expr), t.TempDir())
		if err == nil {
			_, err = ev.DeepForce(v)
		}
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		got := ours.String()
		if got != stderr.String() {
			t.Errorf("%s:\n ours %q\n Nix  %q", expr, got, stderr.String())
		}
	}
}
