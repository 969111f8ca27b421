// Package eval is a call-by-need evaluator for the Nix language. It
// evaluates syntax trees from package syntax, remembers where values were
// defined, confines file access to configured roots and bounds recursion
// depth and work so that no input can crash or hang the process.
package eval

import (
	"github.com/nix-k8s/nix-k8s/internal/nix/syntax"
)

// Value is a Nix value or an unevaluated *Thunk. The concrete types are:
//
//	Null, Bool, Int, Float, String, Path, *Attrs, *List,
//	*Lambda (a closure), *PrimOp / *PrimOpApp (builtins, partially applied),
//	*Thunk (not yet forced; Evaluator.Force turns it into one of the others).
type Value interface{}

// Null is the null value.
type Null struct{}

// Bool is a boolean.
type Bool bool

// Int is a 64-bit signed integer.
type Int int64

// Float is a double.
type Float float64

// String is a Nix string. String contexts are not tracked (the evaluator
// never builds derivations), so string-context builtins are no-ops.
type String string

// Path is an absolute, normalised filesystem path.
type Path string

// Pos is where a value or attribute was defined: a file and byte offsets in
// it. The zero Pos means "unknown".
type Pos struct {
	File  *syntax.File
	Start int32
	End   int32
}

// Known reports whether the position is set.
func (p Pos) Known() bool { return p.File != nil }

// Attr is one attribute of an attribute set.
//
// Pos, where the attribute was defined, is nil when unknown. It usually
// points into the compiled code, so a set built from a literal shares its
// positions with every other set built from it and an Attr is five words.
type Attr struct {
	Name  string
	Value Value
	Pos   *Pos
}

// Position returns where the attribute was defined (the zero Pos when
// unknown).
func (a *Attr) Position() Pos {
	if a.Pos == nil {
		return Pos{}
	}
	return *a.Pos
}

// Attrs is an attribute set. Entries are kept sorted by Name (byte order,
// as Nix orders attribute names), so lookup is a binary search and
// attrNames/attrValues are a copy. Attrs are immutable once built.
type Attrs struct {
	Entries []Attr
}

// List is a list. Elements may be thunks. Lists are immutable once built.
type List struct {
	Elems []Value
}

// Thunk is a delayed computation: a compiled expression in an environment,
// or a Go function (NewLazy, for lazily built values of builtins). After it
// is forced, Value holds the result; while it is being forced, it is
// black-holed so that self-reference reports "infinite recursion
// encountered". State reports which of these it is in.
//
// A thunk is three words: its state is encoded in code (nil once done, the
// black hole while forcing), so that the most allocated object stays small.
type Thunk struct {
	Env   *Env
	Value Value

	code *node // compiled expression (core), held by its parent node; nil once done
}

// NewLazy returns a thunk that calls fn when it is first forced.
func NewLazy(fn func() (Value, error)) *Thunk {
	// The thunk and its code in one allocation.
	l := &lazyThunk{n: fnNode{fn: fn}}
	l.n.self = &l.n
	l.t.code = &l.n.self
	return &l.t
}

// lazyThunk is a NewLazy thunk with its code.
type lazyThunk struct {
	t Thunk
	n fnNode
}

// State returns the evaluation state of the thunk.
func (t *Thunk) State() ThunkState {
	switch t.code {
	case nil:
		return ThunkDone
	case &blackHole:
		return ThunkForcing
	}
	return ThunkPending
}

// ThunkState is the evaluation state of a thunk.
type ThunkState uint8

const (
	ThunkPending ThunkState = iota
	ThunkForcing
	ThunkDone
)

// Lambda is a closure: a function expression and the environment it was
// created in.
//
// It is three words; its position is kept with the compiled code
// (Position).
type Lambda struct {
	Fn  *syntax.Lambda // header only: Body is nil, a formal's Default only tells whether there is one
	Env *Env

	code *lambdaCode // compiled body, formals and position (core)
}

// Position returns where the function was defined.
func (l *Lambda) Position() Pos {
	if l.code == nil {
		return Pos{}
	}
	return l.code.pos
}

// PrimOp is a builtin function taking Arity arguments. Fn receives the
// arguments unforced (lazily), in order; it forces what it needs. The args
// slice is only valid during the call: Fn may keep its elements, never the
// slice itself (the evaluator reuses its memory for later calls).
type PrimOp struct {
	Name  string
	Arity int
	Fn    func(ev *Evaluator, pos Pos, args []Value) (Value, error)
}

// PrimOpApp is a builtin applied to fewer arguments than its arity.
type PrimOpApp struct {
	Op   *PrimOp
	Args []Value

	first [1]Value // storage for Args after the first application (core)
}

// Env is a lexical environment frame. Its layout belongs to the evaluator
// (env.go); builtins never look inside.
//
// Variables are resolved statically to (frame depth, slot index), so a frame
// is a parent pointer and its slots. A `with` frame has one slot that
// holds the (lazy) attribute set. The slots follow the parent pointer in
// the same allocation (newEnv), so a frame of one slot, the common
// `x: …` lambda, is three words.
type Env struct {
	Parent *Env
	first  Value // slot 0; slots 1… follow it in the same allocation
}
