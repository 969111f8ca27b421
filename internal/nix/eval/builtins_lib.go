package eval

import (
	"crypto/sha256"
	"strings"
)

// builtinPrimOps is every builtin function the builtins library provides.
// The core's builtins_table.go assembles them (with its own file-system
// builtins and constants) into the `builtins` set.
var builtinPrimOps = concatPrimOps(
	arithPrimOps,
	typePrimOps,
	listPrimOps,
	attrPrimOps,
	stringPrimOps,
	controlPrimOps,
	contextPrimOps,
	jsonPrimOps,
	miscPrimOps,
)

func concatPrimOps(groups ...[]*PrimOp) []*PrimOp {
	var out []*PrimOp
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// placeholder returns the placeholder Nix substitutes for an output path
// of the derivation being built: "/" and the base-32 SHA-256 of
// "nix-output:NAME".
func placeholder(output string) string {
	sum := sha256.Sum256([]byte("nix-output:" + output))
	return "/" + nixBase32(sum[:])
}

func primPlaceholder(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	return String(placeholder(s)), nil
}

// primToPath is the deprecated builtins.toPath: it canonicalises an
// absolute path given as a string and returns it as a string.
func primToPath(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	s, err := ev.CoercePathToString(pos, args[0], false)
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(s, "/") {
		return nil, ev.Errorf(pos, "string '%s' doesn't represent an absolute path", s)
	}
	return String(canonPath(s)), nil
}

var miscPrimOps = []*PrimOp{
	{Name: "placeholder", Arity: 1, Fn: primPlaceholder},
	{Name: "toPath", Arity: 1, Fn: primToPath},
	{Name: "toXML", Arity: 1, Fn: primToXML},
}
