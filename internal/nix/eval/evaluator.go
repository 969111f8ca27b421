package eval

// Evaluator evaluates Nix expressions. The core part of the package
// (see CONTRACT.md) fills this in.
type Evaluator struct{}
