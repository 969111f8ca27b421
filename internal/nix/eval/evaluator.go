package eval

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/nix-k8s/nix-k8s/internal/nix/syntax"
)

// Options configure an Evaluator.
type Options struct {
	Roots      []string          // allowed filesystem roots (absolute); empty = the entry file's directory
	MaxDepth   int               // call/force depth before a "stack overflow" error (0 = DefaultMaxDepth)
	MaxSteps   int64             // 0 = unlimited; counted per forced thunk and per call
	AllowEnv   []string          // names getEnv may read; others read as ""
	Stderr     io.Writer         // trace/warn output (default os.Stderr)
	SearchPath map[string]string // <name> lookups: name → directory; the key "" is a directory searched for any name
}

// DefaultMaxDepth is the nesting of calls and forced thunks allowed when
// Options.MaxDepth is zero: about what real Nix manages before its own stack
// overflow. The Go stack then stays near 128 MB at most (about 2 KB a level).
const DefaultMaxDepth = 50000

// checkEvery is how many steps pass between checks of the context.
const checkEvery = 1024

// Evaluator evaluates Nix expressions. It is not safe for concurrent use;
// use one per goroutine (they share nothing).
type Evaluator struct {
	ctx      context.Context
	opts     Options
	stderr   io.Writer
	maxDepth int
	depth    int
	steps    int64
	nextChk  int64

	roots        []string // resolved allowed roots; nil until the first entry point sets them
	rootsSet     bool
	imports      map[string]*Thunk  // import cache by resolved file path
	storePaths   map[string]string  // path → store path it would be copied to
	storeSources map[string]string  // store path computed → the path it stands for
	storeTexts   map[string]string  // store path of builtins.toFile → its text
	searchPath   []searchEntry      // ordered entries of Options.SearchPath
	builtinsSet  *Attrs             // the `builtins` attribute set
	globals      map[string]Value   // names visible in every file's outermost scope
	allowEnv     map[string]bool    // names getEnv may read
	primops      map[string]*PrimOp // every builtin by name (for internal calls)
	regexes      regexCache         // compiled builtins.match/split patterns
	prefetch     prefetcher         // files being loaded ahead (prefetch.go)
	argStack     []Value            // arguments of the builtins being called (pushArgs)
	spareFrames  []*Env             // one-slot frames no value refers to (spareFrame)
}

// newFrame returns a one-slot frame under parent holding arg, reusing a
// spare one when there is one.
func (ev *Evaluator) newFrame(parent *Env, arg Value) *Env {
	if n := len(ev.spareFrames); n > 0 {
		e := ev.spareFrames[n-1]
		ev.spareFrames = ev.spareFrames[:n-1]
		e.Parent, e.first = parent, arg
		return e
	}
	return &Env{Parent: parent, first: arg}
}

// spareFrame takes back a one-slot frame that nothing refers to any more
// (the frame of a call of a function whose code has reuseFrame set, once
// the call returned), for newFrame to reuse.
func (ev *Evaluator) spareFrame(e *Env) {
	e.Parent, e.first = nil, nil
	ev.spareFrames = append(ev.spareFrames, e)
}

// pushArgs returns room for the n arguments of a builtin call, on a stack
// the evaluator reuses (calls nest, so a nested call's arguments sit above
// the caller's). Every pushArgs is followed by popArgs(n) when the call
// returns.
func (ev *Evaluator) pushArgs(n int) []Value {
	top := len(ev.argStack)
	if cap(ev.argStack)-top < n {
		grown := make([]Value, top, 2*cap(ev.argStack)+n+16)
		copy(grown, ev.argStack)
		ev.argStack = grown
	}
	ev.argStack = ev.argStack[:top+n]
	return ev.argStack[top : top+n : top+n]
}

// popArgs releases the last n pushed arguments.
func (ev *Evaluator) popArgs(n int) {
	top := len(ev.argStack) - n
	clear(ev.argStack[top:])
	ev.argStack = ev.argStack[:top]
}

// regexCache returns the evaluator's cache of compiled regular expressions.
func (ev *Evaluator) regexCache() *regexCache { return &ev.regexes }

// New returns an evaluator. The context cancels evaluation: once it is
// done, evaluation stops with an ErrCancelled error.
func New(ctx context.Context, opts Options) *Evaluator {
	if ctx == nil {
		ctx = context.Background()
	}
	ev := &Evaluator{
		ctx:          ctx,
		opts:         opts,
		stderr:       opts.Stderr,
		maxDepth:     opts.MaxDepth,
		nextChk:      1, // the first step checks the context, then every checkEvery-th
		imports:      map[string]*Thunk{},
		storePaths:   map[string]string{},
		storeSources: map[string]string{},
		storeTexts:   map[string]string{},
		allowEnv:     map[string]bool{},
	}
	if ev.stderr == nil {
		ev.stderr = os.Stderr
	}
	if ev.maxDepth <= 0 {
		ev.maxDepth = DefaultMaxDepth
	}
	for _, n := range opts.AllowEnv {
		ev.allowEnv[n] = true
	}
	ev.initSearchPath()
	if len(opts.Roots) > 0 {
		ev.setRoots(opts.Roots)
	}
	ev.initBuiltins()
	return ev
}

// Options returns the options the evaluator was created with.
func (ev *Evaluator) Options() Options { return ev.opts }

// Stderr is where trace and warning output goes.
func (ev *Evaluator) Stderr() io.Writer { return ev.stderr }

// EnvAllowed reports whether getEnv may read the variable name.
func (ev *Evaluator) EnvAllowed(name string) bool { return ev.allowEnv[name] }

// Context returns the evaluator's context.
func (ev *Evaluator) Context() context.Context { return ev.ctx }

// EvalFile parses and evaluates the file at path (a directory means its
// default.nix) and returns its value in weak head normal form. Unless
// Options.Roots was set, the file's directory becomes the allowed root.
func (ev *Evaluator) EvalFile(path string) (Value, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("evaluating %s: %w", path, err)
	}
	if st, err := os.Stat(abs); err == nil && st.IsDir() {
		abs = filepath.Join(abs, "default.nix")
	}
	if !ev.rootsSet {
		ev.setRoots([]string{filepath.Dir(abs)})
	}
	return ev.importFile(Pos{}, abs)
}

// DefaultRoot is the allowed root EvalFile uses when Options.Roots is
// empty: the directory of file (or file itself when it is a directory).
func DefaultRoot(file string) string {
	abs, err := filepath.Abs(file)
	if err != nil {
		return file
	}
	if st, err := os.Stat(abs); err == nil && st.IsDir() {
		return abs
	}
	return filepath.Dir(abs)
}

// EvalSource parses and evaluates src, named name in positions, with
// relative paths resolved against baseDir. Unless Options.Roots was set,
// baseDir becomes the allowed root.
func (ev *Evaluator) EvalSource(name string, src []byte, baseDir string) (Value, error) {
	if baseDir == "" {
		baseDir = "."
	}
	abs, err := filepath.Abs(baseDir)
	if err != nil {
		return nil, fmt.Errorf("evaluating %s: %w", name, err)
	}
	if !ev.rootsSet {
		ev.setRoots([]string{abs})
	}
	code, _, err := ev.compileAndRelease(syntax.Parse(name, src), abs, nil)
	if err != nil {
		return nil, err
	}
	return ev.evalTop(code, nil)
}

// EvalParsed evaluates an already parsed file (for the language
// server, which keeps parsed files).
func (ev *Evaluator) EvalParsed(f *syntax.File, baseDir string) (Value, error) {
	abs, err := filepath.Abs(baseDir)
	if err != nil {
		return nil, fmt.Errorf("evaluating %s: %w", f.Name, err)
	}
	if !ev.rootsSet {
		ev.setRoots([]string{abs})
	}
	code, err := ev.compileFile(f, abs, nil)
	if err != nil {
		return nil, err
	}
	return ev.evalTop(code, nil)
}

func (ev *Evaluator) evalTop(n node, env *Env) (Value, error) {
	v, err := n.eval(ev, env)
	if err != nil {
		return nil, err
	}
	return v, nil
}

// step counts one unit of work and checks the budget and the context.
func (ev *Evaluator) step(pos Pos) error {
	ev.steps++
	if ev.steps >= ev.nextChk {
		ev.nextChk = ev.steps + checkEvery
		if err := ev.ctx.Err(); err != nil {
			return errKind(ErrCancelled, pos, "evaluation cancelled: %v", err)
		}
	}
	if ev.opts.MaxSteps > 0 && ev.steps > ev.opts.MaxSteps {
		return errKind(ErrLimit, pos, "evaluation step limit (%d) exceeded; raise the limit or simplify the expression", ev.opts.MaxSteps)
	}
	return nil
}

func (ev *Evaluator) enter(pos Pos) error {
	ev.depth++
	if ev.depth > ev.maxDepth {
		ev.depth--
		return errKind(ErrStackOverflow, pos, "stack overflow; max-call-depth (%d) exceeded (possible infinite recursion)", ev.maxDepth)
	}
	return ev.step(pos)
}

// Force evaluates v to weak head normal form.
func (ev *Evaluator) Force(v Value) (Value, error) {
	if t, ok := v.(*Thunk); ok {
		return ev.forceThunk(t)
	}
	return v, nil
}

func (t *Thunk) pos() Pos {
	switch t.code {
	case nil:
		return Pos{}
	case &blackHole:
		if c, ok := t.Value.(forcingCode); ok {
			return (*c).position()
		}
		return Pos{}
	}
	return (*t.code).position()
}

func (ev *Evaluator) forceThunk(t *Thunk) (Value, error) {
	code := t.code
	switch code {
	case nil:
		return t.Value, nil
	case &blackHole:
		return nil, errKind(ErrInfiniteRecursion, t.pos(), "infinite recursion encountered")
	}
	// The fast path of enter, without computing the position.
	ev.depth++
	ev.steps++
	if ev.depth > ev.maxDepth || ev.steps >= ev.nextChk || (ev.opts.MaxSteps > 0 && ev.steps > ev.opts.MaxSteps) {
		ev.depth--
		ev.steps--
		if err := ev.enter(t.pos()); err != nil {
			return nil, err
		}
	}
	// Black-hole the thunk; its code stays reachable (for the position of
	// an infinite recursion, and to restore it after an error) in Value.
	t.code, t.Value = &blackHole, forcingCode(code)
	v, err := (*code).eval(ev, t.Env)
	ev.depth--
	if err != nil {
		t.code, t.Value = code, nil
		return nil, err
	}
	t.Value, t.Env, t.code = v, nil, nil
	return v, nil
}

// forcingCode is the code of a thunk being forced, kept in its Value.
type forcingCode *node

// blackHole is the code of a thunk while it is being forced.
var blackHole node = blackHoleNode{}

type blackHoleNode struct{}

func (blackHoleNode) eval(*Evaluator, *Env) (Value, error) {
	return nil, errKind(ErrInfiniteRecursion, Pos{}, "infinite recursion encountered")
}
func (blackHoleNode) position() Pos { return Pos{} }

// fnNode is the code of a NewLazy thunk: a Go function. self is the node
// the thunk points at.
type fnNode struct {
	self node
	fn   func() (Value, error)
}

func (n *fnNode) eval(ev *Evaluator, _ *Env) (Value, error) {
	v, err := n.fn()
	if err == nil {
		v, err = ev.Force(v)
	}
	if err != nil {
		return nil, err // the thunk is forced again later: keep fn
	}
	n.fn = nil // done: let go of what fn holds (the node shares the thunk's allocation)
	return v, nil
}
func (n *fnNode) position() Pos { return Pos{} }

// lazyCalls is the code of the thunks of one builtin call that delays
// applying fn to each element (map, genList, mapAttrs, groupBy): the thunks
// share it, and each one's frame holds its own arguments (slot 0, and slot
// 1 when there are two), so a delayed call is a thunk and a small frame.
// self is the node the thunks point at.
type lazyCalls struct {
	self node
	pos  Pos
	fn   Value
	two  bool
}

// newLazyCalls returns the shared code of delayed calls of fn with one
// argument, or two when two is set.
func newLazyCalls(pos Pos, fn Value, two bool) *lazyCalls {
	c := &lazyCalls{pos: pos, fn: fn, two: two}
	c.self = c
	return c
}

func (c *lazyCalls) eval(ev *Evaluator, env *Env) (Value, error) {
	if c.two {
		return ev.Call(c.pos, c.fn, env.first, env.get(1))
	}
	return ev.Call(c.pos, c.fn, env.first)
}
func (c *lazyCalls) position() Pos { return Pos{} }

// call1 returns a thunk that applies the code's function to a.
func (c *lazyCalls) call1(a Value) *Thunk {
	return &Thunk{Env: &Env{first: a}, code: &c.self}
}

// call2 returns a thunk that applies the code's function to a and b.
func (c *lazyCalls) call2(a, b Value) *Thunk {
	env := newEnv(nil, 2)
	env.first, *env.slot(1) = a, b
	return &Thunk{Env: env, code: &c.self}
}

// DeepForce evaluates v completely, like builtins.deepSeq and
// `nix-instantiate --strict`, and returns it in weak head normal form.
func (ev *Evaluator) DeepForce(v Value) (Value, error) {
	v, err := ev.Force(v)
	if err != nil {
		return nil, err
	}
	d := deepForcer{ev: ev, attrs: map[*Attrs]struct{}{}, lists: map[*List]struct{}{}}
	return v, d.force(v)
}

// deepForcer forces values deeply; it visits each set and list once, so
// that shared and cyclic data end.
type deepForcer struct {
	ev    *Evaluator
	attrs map[*Attrs]struct{}
	lists map[*List]struct{}
}

func (d *deepForcer) force(v Value) error {
	ev := d.ev
	switch x := v.(type) {
	case *Attrs:
		if _, seen := d.attrs[x]; seen {
			return nil
		}
		d.attrs[x] = struct{}{}
		for i := range x.Entries {
			a := &x.Entries[i]
			fv, err := ev.Force(a.Value)
			if err == nil {
				if err = ev.enter(a.Position()); err == nil {
					err = d.force(fv)
					ev.depth--
				}
			}
			if err != nil {
				return addFrame(err, a.Position(), "while evaluating the attribute '%s'", a.Name)
			}
		}
	case *List:
		if _, seen := d.lists[x]; seen {
			return nil
		}
		d.lists[x] = struct{}{}
		for _, e := range x.Elems {
			fv, err := ev.Force(e)
			if err != nil {
				return err
			}
			if err := ev.enter(Pos{}); err != nil {
				return err
			}
			err = d.force(fv)
			ev.depth--
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// Call applies fn to args one by one. fn may be a lambda, a builtin, a
// partially applied builtin or a set with __functor.
func (ev *Evaluator) Call(pos Pos, fn Value, args ...Value) (Value, error) {
	var err error
	for len(args) > 0 {
		if len(args) > 1 {
			if fn, err = ev.Force(fn); err != nil {
				return nil, err
			}
			switch f := fn.(type) {
			case *Lambda:
				if inner := f.curried(); inner != nil {
					if fn, err = ev.callCurried(pos, f, inner, args[0], args[1]); err != nil {
						return nil, err
					}
					args = args[2:]
					continue
				}
			case *PrimOp, *PrimOpApp:
				// A builtin given several arguments takes them at once
				// (see applyNode.applyArgs).
				op, have := primOpParts(f)
				if op.Arity <= 1 {
					break
				}
				need := op.Arity - len(have)
				if len(args) < need {
					return partialPrimOp(op, have, len(args), func(i int) Value { return args[i] }), nil
				}
				if fn, err = ev.callPrimOpN(pos, op, have, args[:need]); err != nil {
					return nil, err
				}
				args = args[need:]
				continue
			}
		}
		fn, err = ev.call1(pos, fn, args[0])
		if err != nil {
			return nil, err
		}
		args = args[1:]
	}
	return ev.Force(fn)
}

// curried returns the inner function of a function of the form `x: y: …`
// (nil for other functions).
func (l *Lambda) curried() *lambdaNode {
	if l.code.hasFormals {
		return nil
	}
	inner, _ := l.code.body.(*lambdaNode)
	return inner
}

// callCurried calls lam, of the form `x: y: …` (inner is lam.curried()),
// with two arguments at once, without building the inner function that
// the first call would return; the steps, depth and error traces are
// those of the two calls.
func (ev *Evaluator) callCurried(pos Pos, lam *Lambda, inner *lambdaNode, a, b Value) (Value, error) {
	if err := ev.step(pos); err != nil { // the first call
		return nil, err
	}
	// When the inner body keeps no reference to its frame, nothing refers
	// to the outer frame either once the call returns: only the inner
	// frame and the inner function, which is not returned, hold it.
	reuse := inner.code.reuseFrame
	var outer *Env
	if reuse {
		outer = ev.newFrame(lam.Env, a)
	} else {
		outer = &Env{Parent: lam.Env, first: a}
	}
	fn := Lambda{Fn: inner.fn, Env: outer, code: inner.code}
	if err := ev.enter(pos); err != nil {
		return nil, err
	}
	v, err := ev.callLambda(pos, &fn, b)
	ev.depth--
	if reuse {
		ev.spareFrame(outer)
	}
	return v, err
}

func (ev *Evaluator) call1(pos Pos, fn Value, arg Value) (Value, error) {
	fn, err := ev.Force(fn)
	if err != nil {
		return nil, err
	}
	if err := ev.enter(pos); err != nil {
		return nil, err
	}
	v, err := ev.apply(pos, fn, arg)
	ev.depth--
	return v, err
}

func (ev *Evaluator) apply(pos Pos, fn Value, arg Value) (Value, error) {
	switch f := fn.(type) {
	case *Lambda:
		return ev.callLambda(pos, f, arg)
	case *PrimOp:
		if f.Arity <= 1 {
			vs := ev.pushArgs(1)
			vs[0] = arg
			v, err := ev.callPrimOp(pos, f, vs)
			ev.popArgs(1)
			return v, err
		}
		app := &PrimOpApp{Op: f}
		app.first[0] = arg
		app.Args = app.first[:]
		return app, nil
	case *PrimOpApp:
		n := len(f.Args) + 1
		if n >= f.Op.Arity {
			// Complete: the arguments go on the argument stack.
			vs := ev.pushArgs(n)
			copy(vs, f.Args)
			vs[n-1] = arg
			v, err := ev.callPrimOp(pos, f.Op, vs)
			ev.popArgs(n)
			return v, err
		}
		args := make([]Value, n)
		copy(args, f.Args)
		args[n-1] = arg
		return &PrimOpApp{Op: f.Op, Args: args}, nil
	case *Attrs:
		if functor, ok := f.Get("__functor"); ok {
			g, err := ev.call1(pos, functor.Value, f)
			if err != nil {
				return nil, err
			}
			return ev.call1(pos, g, arg)
		}
	}
	return nil, ev.Errorf(pos, "attempt to call something which is not a function but %s", TypeName(fn))
}

// primOpParts returns the builtin f is or partially applies and the
// arguments it already has (nil, nil for other values).
func primOpParts(f Value) (*PrimOp, []Value) {
	switch f := f.(type) {
	case *PrimOp:
		return f, nil
	case *PrimOpApp:
		return f.Op, f.Args
	}
	return nil, nil
}

// partialPrimOp applies op, which already has the arguments have, to n
// more (arg(0) … arg(n-1)) that do not complete it, in one allocation of
// the argument list.
func partialPrimOp(op *PrimOp, have []Value, n int, arg func(int) Value) *PrimOpApp {
	app := &PrimOpApp{Op: op}
	if len(have)+n == 1 {
		app.first[0] = arg(0)
		app.Args = app.first[:]
		return app
	}
	app.Args = make([]Value, len(have)+n)
	copy(app.Args, have)
	for i := range n {
		app.Args[len(have)+i] = arg(i)
	}
	return app
}

// callPrimOpN calls op with the arguments it already has and the rest,
// which complete it, as one call level, the arguments copied to the
// argument stack.
func (ev *Evaluator) callPrimOpN(pos Pos, op *PrimOp, have, rest []Value) (Value, error) {
	if err := ev.enter(pos); err != nil {
		return nil, err
	}
	vs := ev.pushArgs(op.Arity)
	copy(vs, have)
	copy(vs[len(have):], rest)
	v, err := ev.callPrimOp(pos, op, vs)
	ev.popArgs(op.Arity)
	ev.depth--
	return v, err
}

func (ev *Evaluator) callPrimOp(pos Pos, op *PrimOp, args []Value) (Value, error) {
	v, err := op.Fn(ev, pos, args)
	if err != nil {
		return nil, err
	}
	return ev.Force(v)
}

// callLambda binds the argument to the lambda's frame and evaluates its body.
func (ev *Evaluator) callLambda(pos Pos, f *Lambda, arg Value) (Value, error) {
	var env *Env
	if f.code.reuseFrame {
		env = ev.newFrame(f.Env, arg)
	} else {
		var err error
		if env, err = ev.bindLambda(pos, f, arg); err != nil {
			return nil, err
		}
	}
	v, err := ev.evalTail(f.code.body, env)
	if f.code.reuseFrame {
		ev.spareFrame(env)
	}
	if err != nil {
		return nil, addFrame(err, pos, "while calling %s", f.code.describe(f.code.pos))
	}
	return v, nil
}

// bindLambda makes the frame of a call of f with arg.
func (ev *Evaluator) bindLambda(pos Pos, f *Lambda, arg Value) (*Env, error) {
	lc := f.code
	if !lc.hasFormals {
		return &Env{Parent: f.Env, first: arg}, nil
	}
	env := newEnv(f.Env, lc.nslots)
	if err := ev.bindFormals(pos, f, env, arg); err != nil {
		return nil, err
	}
	return env, nil
}

func (ev *Evaluator) bindFormals(pos Pos, f *Lambda, env *Env, arg Value) error {
	lc := f.code
	av, err := ev.Force(arg)
	if err != nil {
		return err
	}
	set, ok := av.(*Attrs)
	if !ok {
		return ev.Errorf(pos, "value is %s while a set was expected", TypeName(av))
	}
	if lc.argSlot >= 0 {
		*env.slot(lc.argSlot) = arg
	}
	used := 0
	for i := range lc.formals {
		fm := &lc.formals[i]
		if a, ok := set.Get(fm.name); ok {
			*env.slot(i) = a.Value
			used++
			continue
		}
		if fm.def == nil {
			return ev.Errorf(pos, "%s called without required argument '%s'", lc.describe(f.code.pos), fm.name)
		}
		*env.slot(i) = ev.thunk(&fm.def, env)
	}
	if !lc.ellipsis && used < len(set.Entries) {
		for _, a := range set.Entries {
			if !lc.hasFormal(a.Name) {
				return ev.Errorf(pos, "%s called with unexpected argument '%s'", lc.describe(f.code.pos), a.Name)
			}
		}
	}
	return nil
}

// ForceInt forces v and checks that it is an integer.
func (ev *Evaluator) ForceInt(pos Pos, v Value) (int64, error) {
	v, err := ev.Force(v)
	if err != nil {
		return 0, err
	}
	if i, ok := v.(Int); ok {
		return int64(i), nil
	}
	return 0, ev.Errorf(pos, "value is %s while an integer was expected", TypeName(v))
}

// ForceFloat forces v and returns it as a float (integers are converted).
func (ev *Evaluator) ForceFloat(pos Pos, v Value) (float64, error) {
	v, err := ev.Force(v)
	if err != nil {
		return 0, err
	}
	switch x := v.(type) {
	case Float:
		return float64(x), nil
	case Int:
		return float64(x), nil
	}
	return 0, ev.Errorf(pos, "value is %s while a float was expected", TypeName(v))
}

// ForceBool forces v and checks that it is a Boolean.
func (ev *Evaluator) ForceBool(pos Pos, v Value) (bool, error) {
	v, err := ev.Force(v)
	if err != nil {
		return false, err
	}
	if b, ok := v.(Bool); ok {
		return bool(b), nil
	}
	return false, ev.Errorf(pos, "value is %s while a Boolean was expected", TypeName(v))
}

// ForceString forces v and checks that it is a string (not a path).
func (ev *Evaluator) ForceString(pos Pos, v Value) (string, error) {
	v, err := ev.Force(v)
	if err != nil {
		return "", err
	}
	if s, ok := v.(String); ok {
		return string(s), nil
	}
	return "", ev.Errorf(pos, "value is %s while a string was expected", TypeName(v))
}

// ForceAttrs forces v and checks that it is an attribute set.
func (ev *Evaluator) ForceAttrs(pos Pos, v Value) (*Attrs, error) {
	v, err := ev.Force(v)
	if err != nil {
		return nil, err
	}
	if a, ok := v.(*Attrs); ok {
		return a, nil
	}
	return nil, ev.Errorf(pos, "value is %s while a set was expected", TypeName(v))
}

// ForceList forces v and checks that it is a list.
func (ev *Evaluator) ForceList(pos Pos, v Value) (*List, error) {
	v, err := ev.Force(v)
	if err != nil {
		return nil, err
	}
	if l, ok := v.(*List); ok {
		return l, nil
	}
	return nil, ev.Errorf(pos, "value is %s while a list was expected", TypeName(v))
}

// ForceFunction forces v and checks that it is callable as a function
// (a lambda, a builtin or a partially applied builtin; not a functor set).
func (ev *Evaluator) ForceFunction(pos Pos, v Value) (Value, error) {
	v, err := ev.Force(v)
	if err != nil {
		return nil, err
	}
	switch v.(type) {
	case *Lambda, *PrimOp, *PrimOpApp:
		return v, nil
	}
	return nil, ev.Errorf(pos, "value is %s while a function was expected", TypeName(v))
}

// IsFunction reports whether a forced value is a function (lambda or builtin).
func IsFunction(v Value) bool {
	switch v.(type) {
	case *Lambda, *PrimOp, *PrimOpApp:
		return true
	}
	return false
}

// TypeName describes a value as Nix's error messages do ("an integer",
// "a set", "the built-in function 'map'", …).
func TypeName(v Value) string {
	switch x := v.(type) {
	case Null:
		return "null"
	case Bool:
		return "a Boolean"
	case Int:
		return "an integer"
	case Float:
		return "a float"
	case String:
		return "a string"
	case Path:
		return "a path"
	case *Attrs:
		return "a set"
	case *List:
		return "a list"
	case *Lambda:
		return "a function"
	case *PrimOp:
		return fmt.Sprintf("the built-in function '%s'", x.Name)
	case *PrimOpApp:
		return fmt.Sprintf("the partially applied built-in function '%s'", x.Op.Name)
	case *Thunk:
		if x.code == nil {
			return TypeName(x.Value)
		}
		return "a thunk"
	}
	return "an unknown value"
}

// TypeOf returns the name builtins.typeOf gives a forced value.
func TypeOf(v Value) string {
	switch v.(type) {
	case Null:
		return "null"
	case Bool:
		return "bool"
	case Int:
		return "int"
	case Float:
		return "float"
	case String:
		return "string"
	case Path:
		return "path"
	case *Attrs:
		return "set"
	case *List:
		return "list"
	case *Lambda, *PrimOp, *PrimOpApp:
		return "lambda"
	}
	return "unknown"
}

// NewAttrs builds an attribute set from entries, sorting them by name.
// Duplicate names are the caller's bug (the first one wins on lookup).
func NewAttrs(entries []Attr) *Attrs {
	if !sort.SliceIsSorted(entries, func(i, j int) bool { return entries[i].Name < entries[j].Name }) {
		sort.SliceStable(entries, func(i, j int) bool { return entries[i].Name < entries[j].Name })
	}
	return &Attrs{Entries: entries}
}

// Get looks an attribute up by name.
func (a *Attrs) Get(name string) (Attr, bool) {
	if es := a.Entries; len(es) <= smallAttrs {
		// Comparing for equality, mostly just the lengths, is cheaper
		// than ordering strings.
		for i := range es {
			if es[i].Name == name {
				return es[i], true
			}
		}
		return Attr{}, false
	}
	if i, ok := a.index(name); ok {
		return a.Entries[i], true
	}
	return Attr{}, false
}

// smallAttrs is the size up to which Get scans a set rather than
// searching it.
const smallAttrs = 8

func (a *Attrs) index(name string) (int, bool) {
	es := a.Entries
	lo, hi := 0, len(es)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if es[m].Name < name {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(es) && es[lo].Name == name
}

// Len returns the number of attributes.
func (a *Attrs) Len() int { return len(a.Entries) }

// Names returns the attribute names in order.
func (a *Attrs) Names() []string {
	out := make([]string, len(a.Entries))
	for i, e := range a.Entries {
		out[i] = e.Name
	}
	return out
}

// emptyAttrs is shared by every empty set (Attrs are immutable).
var emptyAttrs = &Attrs{}

// emptyList is the value of every `[ ]` literal.
var emptyList = &List{}
