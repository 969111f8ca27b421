package eval

import (
	"bytes"
	"context"
	"errors"
	"testing"
)

// evalForTest evaluates expr as `nix-instantiate --eval --strict --json`
// does and returns the JSON text, or the error message (first line) and
// what went to stderr.
func evalForTest(t *testing.T, expr string) (out string, errMsg string, stderr string) {
	t.Helper()
	var buf bytes.Buffer
	ev := New(context.Background(), Options{Stderr: &buf, AllowEnv: []string{"NIXK8S_TEST_ENV"}})
	v, err := ev.EvalSource("t.nix", []byte(expr), t.TempDir())
	if err == nil {
		v, err = ev.DeepForce(v)
	}
	if err == nil {
		out, err = ToJSON(ev, Pos{}, v)
	}
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			return "", e.Msg, buf.String()
		}
		return "", err.Error(), buf.String()
	}
	return out, "", buf.String()
}
