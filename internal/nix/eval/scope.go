package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/nix-k8s/nix-k8s/internal/nix/syntax"
)

// This file compiles syntax trees into evaluation nodes. Compilation
// resolves every variable once: to a (frame depth, slot) pair for lexical
// bindings, to a constant for the global builtins, or to the list of
// enclosing `with` frames to search (innermost first). As in Nix, lexical
// bindings (including the globals) always shadow `with`, and a variable
// bound nowhere is an error at compile time, before evaluation.

// scope is a compile-time frame: the names of a runtime Env's slots, or a
// `with` frame.
type scope struct {
	parent *scope
	names  []string       // the frame's names, by slot
	index  map[string]int // slot by name, once there are more than smallScope
	with   bool
}

// smallScope is how many names a scope holds before lookups use a map.
const smallScope = 8

// newScope returns a scope under parent with room for n names.
func newScope(parent *scope, n int) *scope {
	return &scope{parent: parent, names: make([]string, 0, n)}
}

// add binds name to the next slot and returns the slot.
func (s *scope) add(name string) int {
	i := len(s.names)
	s.names = append(s.names, name)
	if s.index != nil {
		s.index[name] = i
	} else if len(s.names) > smallScope {
		s.index = make(map[string]int, 2*len(s.names))
		for j, n := range s.names {
			s.index[n] = j
		}
	}
	return i
}

// lookup returns the slot of name in this scope.
func (s *scope) lookup(name string) (int, bool) {
	if s.index != nil {
		i, ok := s.index[name]
		return i, ok
	}
	for i, n := range s.names {
		if n == name {
			return i, true
		}
	}
	return 0, false
}

// compiler compiles one file.
type compiler struct {
	ev     *Evaluator
	file   *syntax.File
	dir    string // directory relative paths resolve against
	depth  int
	paths  []string    // the plain literal paths the code names (for loading ahead)
	consts []constNode // room for the next constants (constant)
	split  bool        // a large set is being compiled in two (see setLiteral)
}

// constant returns a constant node. Constants are allocated in chunks: a
// data file is mostly constants, one allocation each would dominate its
// compilation.
func (c *compiler) constant(pos Pos, v Value) *constNode {
	if len(c.consts) == 0 {
		c.consts = make([]constNode, constChunk)
	}
	n := &c.consts[0]
	c.consts = c.consts[1:]
	n.pos, n.v = pos, v
	return n
}

// constChunk is how many constants the compiler allocates at once.
const constChunk = 64

// maxCompileDepth bounds the nesting of expressions the compiler recurses
// into (the parser bounds it too; this keeps the compiler safe alone).
const maxCompileDepth = 5000

// compileFile compiles a parsed file. Syntax errors are reported as
// evaluation errors at their position. top, when not nil, is the scope of a
// scopedImport.
func (ev *Evaluator) compileFile(f *syntax.File, dir string, top *scope) (node, error) {
	c := &compiler{ev: ev, dir: dir}
	return c.compileFile(f, top)
}

// compileAndRelease compiles f, then hands its syntax tree back for later
// parses (the compiled code keeps nothing of it), and returns the code and
// the plain literal paths it names.
func (ev *Evaluator) compileAndRelease(f *syntax.File, dir string, top *scope) (node, []string, error) {
	c := &compiler{ev: ev, dir: dir}
	code, err := c.compileFile(f, top)
	if err != nil {
		return nil, nil, err
	}
	f.Release()
	return code, c.paths, nil
}

// compileFile compiles f with c, whose dir is set.
func (c *compiler) compileFile(f *syntax.File, top *scope) (node, error) {
	if len(f.Errors) > 0 {
		e := f.Errors[0]
		msg := strings.ReplaceAll(e.Msg, " at "+ExprFileName+":", " at (string):")
		return nil, &Error{Kind: ErrEval, Msg: msg, Pos: Pos{File: f, Start: int32(e.Pos), End: int32(e.End)}}
	}
	// Positions refer to a copy of the file without its syntax tree, and
	// functions keep only their header (lambdaHeader): once compiled, the
	// tree can be collected; the compiled code is all evaluation needs.
	c.file = &syntax.File{Name: f.Name, Src: f.Src, Lines: f.Lines}
	return c.expr(f.Expr, top)
}

// hasDefault stands for the default of a formal in a lambdaHeader: the
// compiled code holds the expression itself.
var hasDefault syntax.Expr = &syntax.Var{}

// lambdaHeader copies what a *Lambda exposes of its syntax (Lambda.Fn:
// the argument name and the formals; a formal's Default is hasDefault or
// nil), so that a function value does not keep its file's syntax tree.
func lambdaHeader(x *syntax.Lambda) *syntax.Lambda {
	h := &syntax.Lambda{Range: x.Range, Arg: x.Arg, ArgSpan: x.ArgSpan}
	if x.Formals != nil {
		fs := &syntax.Formals{Range: x.Formals.Range, Ellipsis: x.Formals.Ellipsis, Items: make([]*syntax.Formal, len(x.Formals.Items))}
		items := make([]syntax.Formal, len(x.Formals.Items))
		for i, f := range x.Formals.Items {
			items[i] = syntax.Formal{Range: f.Range, Name: f.Name}
			if f.Default != nil {
				items[i].Default = hasDefault
			}
			fs.Items[i] = &items[i]
		}
		h.Formals = fs
	}
	return h
}

func (c *compiler) pos(n syntax.Node) Pos {
	s, e := n.Span()
	return Pos{File: c.file, Start: int32(s), End: int32(e)}
}

func (c *compiler) errorf(n syntax.Node, format string, args ...any) error {
	return &Error{Kind: ErrEval, Msg: fmt.Sprintf(format, args...), Pos: c.pos(n)}
}

// resolve finds name starting at scope sc; extra is added to every level
// (for plain `inherit` compiled from inside the frame it fills).
func (c *compiler) resolve(sc *scope, name string, extra int, p Pos) (node, error) {
	var withs []int
	level := extra
	for s := sc; s != nil; s = s.parent {
		if s.with {
			withs = append(withs, level)
		} else if idx, ok := s.lookup(name); ok {
			return &varNode{pos: p, level: int32(level), idx: int32(idx)}, nil
		}
		level++
	}
	if v, ok := c.ev.globals[name]; ok {
		return c.constant(p, v), nil
	}
	if len(withs) > 0 {
		return &withVarNode{pos: p, name: name, levels: withs}, nil
	}
	return nil, &Error{Kind: ErrEval, Msg: fmt.Sprintf("undefined variable '%s'", name), Pos: p}
}

func (c *compiler) expr(e syntax.Expr, sc *scope) (node, error) {
	c.depth++
	if c.depth > maxCompileDepth {
		c.depth--
		return nil, c.errorf(e, "expression nested too deeply (more than %d levels)", maxCompileDepth)
	}
	// No deferred decrement: expr has too many returns for an inlined
	// defer, and it runs for every node.
	n, err := c.expr1(e, sc)
	c.depth--
	return n, err
}

// expr1 compiles e; expr counts the depth around it.
func (c *compiler) expr1(e syntax.Expr, sc *scope) (node, error) {
	switch x := e.(type) {
	case *syntax.Int:
		return c.constant(c.pos(x), Int(x.Value)), nil
	case *syntax.Float:
		return c.constant(c.pos(x), Float(x.Value)), nil
	case *syntax.String:
		return c.str(x, sc)
	case *syntax.Path:
		return c.path(x, sc)
	case *syntax.URI:
		return c.constant(c.pos(x), String(x.Value)), nil
	case *syntax.Var:
		if x.Name == "__curPos" {
			return c.curPos(x), nil
		}
		return c.resolve(sc, x.Name, 0, c.pos(x))
	case *syntax.AttrSet:
		return c.setLiteral(x, sc, c.pos(x))
	case *syntax.Let:
		return c.let(x, sc)
	case *syntax.List:
		if len(x.Elems) == 0 {
			// Lists are immutable and an empty one has no identity that
			// shows (Nix prints it as [ ] however often it appears).
			return c.constant(c.pos(x), emptyList), nil
		}
		n := &listNode{pos: c.pos(x), elems: make([]node, len(x.Elems))}
		for i, el := range x.Elems {
			en, err := c.expr(el, sc)
			if err != nil {
				return nil, err
			}
			n.elems[i] = en
		}
		return n, nil
	case *syntax.Lambda:
		return c.lambda(x, sc, "")
	case *syntax.Apply:
		return c.apply(x, sc)
	case *syntax.Select:
		return c.sel(x, sc)
	case *syntax.HasAttr:
		en, err := c.expr(x.Expr, sc)
		if err != nil {
			return nil, err
		}
		path, err := c.attrPath(x.Path, sc)
		if err != nil {
			return nil, err
		}
		return &hasAttrNode{pos: c.pos(x), x: en, path: path}, nil
	case *syntax.Unary:
		xn, err := c.expr(x.X, sc)
		if err != nil {
			return nil, err
		}
		if x.Op == syntax.OpNot {
			return &notNode{pos: c.pos(x), x: xn}, nil
		}
		if n := c.desugared(sc, c.pos(x), syntax.OpSub, c.constant(c.pos(x), Int(0)), xn); n != nil {
			return n, nil
		}
		return &negNode{pos: c.pos(x), x: xn}, nil
	case *syntax.Binary:
		return c.binary(x, sc)
	case *syntax.If:
		cn, err := c.expr(x.Cond, sc)
		if err != nil {
			return nil, err
		}
		tn, err := c.expr(x.Then, sc)
		if err != nil {
			return nil, err
		}
		en, err := c.expr(x.Else, sc)
		if err != nil {
			return nil, err
		}
		return &ifNode{pos: c.pos(x), cond: cn, then: tn, els: en}, nil
	case *syntax.With:
		en, err := c.expr(x.Env, sc)
		if err != nil {
			return nil, err
		}
		bn, err := c.expr(x.Body, &scope{parent: sc, with: true})
		if err != nil {
			return nil, err
		}
		return &withNode{pos: c.pos(x), env: en, body: bn}, nil
	case *syntax.Assert:
		cn, err := c.expr(x.Cond, sc)
		if err != nil {
			return nil, err
		}
		bn, err := c.expr(x.Body, sc)
		if err != nil {
			return nil, err
		}
		return &assertNode{pos: c.pos(x), cond: cn, body: bn, text: showExpr(x.Cond)}, nil
	case *syntax.BadExpr:
		return nil, c.errorf(x, "syntax error")
	case nil:
		return nil, &Error{Kind: ErrEval, Msg: "syntax error: missing expression", Pos: Pos{File: c.file}}
	}
	return nil, c.errorf(e, "unsupported expression %T", e)
}

func (c *compiler) curPos(x *syntax.Var) node {
	p := c.pos(x)
	line, col := p.Line()
	return c.constant(p, NewAttrs([]Attr{
		{Name: "column", Value: Int(col), Pos: &p},
		{Name: "file", Value: String(c.file.Name), Pos: &p},
		{Name: "line", Value: Int(line), Pos: &p},
	}))
}

// str compiles a string literal: a constant when it has no interpolation.
func (c *compiler) str(x *syntax.String, sc *scope) (node, error) {
	p := c.pos(x)
	if len(x.Parts) == 0 {
		return c.constant(p, String("")), nil
	}
	if len(x.Parts) == 1 && x.Parts[0].Expr == nil {
		return c.constant(p, String(x.Parts[0].Lit)), nil
	}
	parts, err := c.parts(x.Parts, sc)
	if err != nil {
		return nil, err
	}
	return &concatNode{pos: p, parts: parts, forceString: true}, nil
}

func (c *compiler) parts(ps []syntax.StrPart, sc *scope) ([]concatPart, error) {
	out := make([]concatPart, 0, len(ps))
	for i := range ps {
		sp := &ps[i]
		if sp.Expr == nil {
			out = append(out, concatPart{pos: c.pos(sp), n: c.constant(c.pos(sp), String(sp.Lit))})
			continue
		}
		n, err := c.expr(sp.Expr, sc)
		if err != nil {
			return nil, err
		}
		out = append(out, concatPart{pos: c.pos(sp), n: n})
	}
	return out, nil
}

// path compiles a path literal, resolving it against the file's directory.
func (c *compiler) path(x *syntax.Path, sc *scope) (node, error) {
	p := c.pos(x)
	if x.Kind == syntax.PathSearch {
		name := ""
		if len(x.Parts) > 0 {
			name = x.Parts[0].Lit
		}
		// <name> is __findFile __nixPath "name": either may be rebound.
		if c.lexical(sc, "__findFile", p) != nil || c.lexical(sc, "__nixPath", p) != nil {
			fn, err := c.resolve(sc, "__findFile", 0, p)
			if err != nil {
				return nil, err
			}
			np, err := c.resolve(sc, "__nixPath", 0, p)
			if err != nil {
				return nil, err
			}
			return &applyNode{pos: p, fn: fn, args: []node{np, c.constant(p, String(name))}}, nil
		}
		return &searchPathNode{pos: p, name: name}, nil
	}
	if len(x.Parts) == 0 || x.Parts[0].Expr != nil {
		return nil, c.errorf(x, "path literal without a leading literal part")
	}
	first := x.Parts[0].Lit
	abs, err := c.absPath(x.Kind, first)
	if err != nil {
		return nil, c.errorf(x, "%v", err)
	}
	if len(x.Parts) == 1 {
		c.paths = append(c.paths, abs)
		return c.constant(p, Path(abs)), nil
	}
	if strings.HasSuffix(first, "/") && abs != "/" {
		abs += "/"
	}
	rest, err := c.parts(x.Parts[1:], sc)
	if err != nil {
		return nil, err
	}
	parts := append([]concatPart{{pos: c.pos(&x.Parts[0]), n: c.constant(p, Path(abs))}}, rest...)
	return &concatNode{pos: p, parts: parts}, nil
}

func (c *compiler) absPath(kind syntax.PathKind, text string) (string, error) {
	switch kind {
	case syntax.PathHome:
		home := os.Getenv("HOME")
		if home == "" {
			return "", fmt.Errorf("cannot resolve %q: $HOME is not set", text)
		}
		// Nix 2.8 does not normalise home paths: ~/a/../b stays as written.
		return home + "/" + strings.TrimPrefix(text, "~/"), nil
	case syntax.PathAbsolute:
		return canonPath(text), nil
	default:
		return canonPath(filepath.Join(c.dir, text)), nil
	}
}

// canonPath normalises an absolute path as Nix does: no ".", "..", double
// or trailing slashes.
func canonPath(p string) string {
	if p == "" {
		return "/"
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return filepath.Clean(p)
}

// applySpine unwinds nested applications f a b c into the function f and
// its arguments, last argument first (c, b, a).
func applySpine(x *syntax.Apply) (fn syntax.Expr, args []syntax.Expr) {
	fn = x
	for {
		a, ok := fn.(*syntax.Apply)
		if !ok {
			return fn, args
		}
		args = append(args, a.Arg)
		fn = a.Fn
	}
}

func (c *compiler) apply(x *syntax.Apply, sc *scope) (node, error) {
	fn, args := applySpine(x)
	fnode, err := c.expr(fn, sc)
	if err != nil {
		return nil, err
	}
	n := &applyNode{pos: c.pos(x), fn: fnode, args: make([]node, len(args))}
	for i := range args {
		an, err := c.expr(args[len(args)-1-i], sc)
		if err != nil {
			return nil, err
		}
		n.args[i] = an
	}
	return n, nil
}

func (c *compiler) attrPath(path []*syntax.AttrName, sc *scope) ([]attrKey, error) {
	out := make([]attrKey, len(path))
	for i, an := range path {
		out[i].name = an.Name
		if an.Expr != nil {
			n, err := c.expr(an.Expr, sc)
			if err != nil {
				return nil, err
			}
			out[i].dyn = &dynKey{n: n, pos: c.pos(an)}
		}
	}
	return out, nil
}

func (c *compiler) sel(x *syntax.Select, sc *scope) (node, error) {
	if n := c.varSelect(x, sc); n != nil {
		return n, nil
	}
	en, err := c.expr(x.Expr, sc)
	if err != nil {
		return nil, err
	}
	path, err := c.attrPath(x.Path, sc)
	if err != nil {
		return nil, err
	}
	n := &selectNode{pos: c.pos(x), x: en, path: path}
	if x.Default != nil {
		if n.def, err = c.expr(x.Default, sc); err != nil {
			return nil, err
		}
	}
	return n, nil
}

// varSelect compiles the most common select, one or two static names
// from a lexically bound variable (`args.name`, `config.a.b`), into one
// allocation holding the select, the variable and the names, which
// evaluation then reads together. It returns nil for other selects.
func (c *compiler) varSelect(x *syntax.Select, sc *scope) node {
	v, ok := x.Expr.(*syntax.Var)
	if !ok || x.Default != nil || len(x.Path) > 2 || c.depth >= maxCompileDepth || v.Name == "__curPos" {
		return nil
	}
	for _, an := range x.Path {
		if an.Expr != nil {
			return nil
		}
	}
	level, idx, ok := lexicalSlot(sc, v.Name)
	if !ok {
		return nil
	}
	var (
		n    *selectNode
		vn   *varNode
		path []attrKey
	)
	if len(x.Path) == 1 {
		s := new(selectVar[[1]attrKey])
		n, vn, path = &s.sel, &s.v, s.keys[:]
	} else {
		s := new(selectVar[[2]attrKey])
		n, vn, path = &s.sel, &s.v, s.keys[:]
	}
	*vn = varNode{pos: c.pos(v), level: int32(level), idx: int32(idx)}
	for i, an := range x.Path {
		path[i].name = an.Name
	}
	*n = selectNode{pos: c.pos(x), x: vn, path: path}
	return n
}

// selectVar is a select from a variable allocated with the variable and
// its names (K is an array of attrKey).
type selectVar[K any] struct {
	sel  selectNode
	v    varNode
	keys K
}

// lexicalSlot returns where the variable name bound by a let, rec set or
// function argument around sc is (globals and `with` do not count).
func lexicalSlot(sc *scope, name string) (level, idx int, ok bool) {
	for s := sc; s != nil; s = s.parent {
		if !s.with {
			if i, found := s.lookup(name); found {
				return level, i, true
			}
		}
		level++
	}
	return 0, 0, false
}

func (c *compiler) binary(x *syntax.Binary, sc *scope) (node, error) {
	xn, err := c.expr(x.X, sc)
	if err != nil {
		return nil, err
	}
	yn, err := c.expr(x.Y, sc)
	if err != nil {
		return nil, err
	}
	p := c.pos(x)
	if n := c.desugared(sc, p, x.Op, xn, yn); n != nil {
		return n, nil
	}
	switch x.Op {
	case syntax.OpAdd:
		return &concatNode{pos: p, parts: []concatPart{{pos: c.pos(x.X), n: xn}, {pos: c.pos(x.Y), n: yn}}}, nil
	case syntax.OpAnd, syntax.OpOr, syntax.OpImpl:
		return &logicNode{pos: p, op: x.Op, x: xn, y: yn}, nil
	}
	return &binaryNode{pos: p, op: x.Op, x: xn, y: yn}, nil
}

// lexical returns the variable bound to name by a let, rec set or function
// argument around sc, or nil (globals and `with` do not count).
func (c *compiler) lexical(sc *scope, name string, p Pos) node {
	level := 0
	for s := sc; s != nil; s = s.parent {
		if !s.with {
			if idx, ok := s.lookup(name); ok {
				return &varNode{pos: p, level: int32(level), idx: int32(idx)}
			}
		}
		level++
	}
	return nil
}

// desugared handles what Nix's parser turns into calls of builtins: -, *,
// / and the comparisons become __sub, __mul, __div and __lessThan calls, so
// a lexical binding of one of those names replaces the operator. It
// returns nil when no such binding is in scope (the common case, which
// is evaluated directly).
func (c *compiler) desugared(sc *scope, p Pos, op syntax.Op, x, y node) node {
	call := func(name string, a, b node) node {
		fn := c.lexical(sc, name, p)
		if fn == nil {
			return nil
		}
		return &applyNode{pos: p, fn: fn, args: []node{a, b}}
	}
	not := func(n node) node {
		if n == nil {
			return nil
		}
		return &notNode{pos: p, x: n}
	}
	switch op {
	case syntax.OpSub:
		return call("__sub", x, y)
	case syntax.OpMul:
		return call("__mul", x, y)
	case syntax.OpDiv:
		return call("__div", x, y)
	case syntax.OpLess:
		return call("__lessThan", x, y)
	case syntax.OpGreater:
		return call("__lessThan", y, x)
	case syntax.OpLessEq:
		return not(call("__lessThan", y, x))
	case syntax.OpGreaterEq:
		return not(call("__lessThan", x, y))
	}
	return nil
}

// --- functions --------------------------------------------------------------

func (c *compiler) lambda(x *syntax.Lambda, sc *scope, name string) (node, error) {
	lc := &lambdaCode{name: name, argSlot: -1}
	var inner *scope
	if x.Formals == nil {
		inner = newScope(sc, 1)
		inner.add(x.Arg)
		lc.nslots = 1
	} else {
		lc.hasFormals = true
		lc.ellipsis = x.Formals.Ellipsis
		inner = newScope(sc, len(x.Formals.Items)+1)
		lc.formals = make([]formalCode, 0, len(x.Formals.Items))
		for _, f := range x.Formals.Items {
			if _, dup := inner.lookup(f.Name); dup {
				return nil, c.errorf(f, "duplicate formal function argument '%s'", f.Name)
			}
			inner.add(f.Name)
			lc.formals = append(lc.formals, formalCode{name: f.Name})
		}
		lc.nslots = len(x.Formals.Items)
		if x.Arg != "" {
			if _, dup := inner.lookup(x.Arg); dup {
				return nil, c.errorf(x, "duplicate formal function argument '%s'", x.Arg)
			}
			lc.argSlot = inner.add(x.Arg)
			lc.nslots++
		}
		for i, f := range x.Formals.Items {
			if f.Default == nil {
				continue
			}
			d, err := c.expr(f.Default, inner)
			if err != nil {
				return nil, err
			}
			lc.formals[i].def = d
		}
		if len(lc.formals) > 8 {
			lc.index = make(map[string]bool, len(lc.formals))
			for _, f := range lc.formals {
				lc.index[f.name] = true
			}
		}
	}
	body, err := c.expr(x.Body, inner)
	if err != nil {
		return nil, err
	}
	lc.body = body
	lc.reuseFrame = !lc.hasFormals && !capturesFrame(body)
	lc.pos = c.pos(x)
	return &lambdaNode{pos: lc.pos, fn: lambdaHeader(x), code: lc}, nil
}

// capturesFrame reports whether evaluating n may keep a reference to the
// frame it is evaluated in (or to a frame under it): a thunk, function,
// set, list or frame built there may outlive the evaluation. Only
// expressions that evaluate their operands at once, and calls whose
// arguments are at hand without a thunk (constants and variables), keep
// nothing; everything else is assumed to capture.
func capturesFrame(n node) bool {
	switch x := n.(type) {
	case *constNode, *varNode, *withVarNode, *searchPathNode:
		return false
	case *selectNode:
		return capturesFrame(x.x) || keysCaptureFrame(x.path) || (x.def != nil && capturesFrame(x.def))
	case *hasAttrNode:
		return capturesFrame(x.x) || keysCaptureFrame(x.path)
	case *concatNode:
		for _, p := range x.parts {
			if capturesFrame(p.n) {
				return true
			}
		}
		return false
	case *ifNode:
		return capturesFrame(x.cond) || capturesFrame(x.then) || capturesFrame(x.els)
	case *assertNode:
		return capturesFrame(x.cond) || capturesFrame(x.body)
	case *notNode:
		return capturesFrame(x.x)
	case *negNode:
		return capturesFrame(x.x)
	case *logicNode:
		return capturesFrame(x.x) || capturesFrame(x.y)
	case *binaryNode:
		return capturesFrame(x.x) || capturesFrame(x.y)
	case *applyNode:
		for _, a := range x.args {
			if !atHandNode(a) {
				return true
			}
		}
		return capturesFrame(x.fn)
	case *attrsNode:
		// `{ inherit name value; }`: the values are at hand, none delayed.
		if len(x.dyn) > 0 {
			return true
		}
		for i := range x.binds {
			if !atHandNode(x.binds[i].n) {
				return true
			}
		}
		return false
	case *listNode:
		for _, e := range x.elems {
			if !atHandNode(e) {
				return true
			}
		}
		return false
	}
	return true
}

// atHandNode reports whether n is a constant or a variable, whose value
// is at hand without a thunk or a reference to its frame.
func atHandNode(n node) bool {
	switch n.(type) {
	case *constNode, *varNode:
		return true
	}
	return false
}

// keysCaptureFrame reports whether a dynamic key of path may capture its
// frame (see capturesFrame).
func keysCaptureFrame(path []attrKey) bool {
	for i := range path {
		if path[i].dyn != nil && capturesFrame(path[i].dyn.n) {
			return true
		}
	}
	return false
}

// --- attribute sets and let --------------------------------------------------

// attrDefs is the merged content of a set literal (or a let): static
// attributes by name (nested attribute paths and merged set literals become
// nested attrDefs), dynamic attributes, and inherit-from sources.
type attrDefs struct {
	rec     bool
	static  []bindDef
	byName  map[string]int // index into static, once there are more than smallDefs
	dynamic []*dynDef
	froms   []syntax.Expr
}

type bindDef struct {
	name    string
	node    syntax.Node // the attribute name, for positions
	posAt   int         // offset of the attribute's position when >= 0 (inherit)
	value   syntax.Expr // nil when nested or inherited
	nested  *attrDefs
	inherit bool // plain `inherit name`
	from    int  // index into froms for `inherit (e) name`, or -1
}

type dynDef struct {
	name   syntax.Expr
	node   syntax.Node
	value  syntax.Expr
	nested *attrDefs
}

func newDefs(rec bool) *attrDefs { return &attrDefs{rec: rec} }

// smallDefs is how many attributes a set holds before lookups use a map.
const smallDefs = 8

// lookup returns the definition of name. The pointer is valid until the
// next add to d.
func (d *attrDefs) lookup(name string) (*bindDef, bool) {
	if d.byName != nil {
		i, ok := d.byName[name]
		if !ok {
			return nil, false
		}
		return &d.static[i], true
	}
	for i := range d.static {
		if d.static[i].name == name {
			return &d.static[i], true
		}
	}
	return nil, false
}

func (d *attrDefs) add(bd bindDef) {
	d.static = append(d.static, bd)
	if d.byName != nil {
		d.byName[bd.name] = len(d.static) - 1
	} else if len(d.static) > smallDefs {
		d.byName = make(map[string]int, 2*len(d.static))
		for i := range d.static {
			d.byName[d.static[i].name] = i
		}
	}
}

func (c *compiler) collect(bs []syntax.Binding, rec bool) (*attrDefs, error) {
	d := newDefs(rec)
	d.static = make([]bindDef, 0, len(bs))
	return d, c.addBindings(d, bs)
}

func (c *compiler) addBindings(d *attrDefs, bs []syntax.Binding) error {
	for _, b := range bs {
		switch x := b.(type) {
		case *syntax.Attr:
			if err := c.addAttr(d, x.Path, x.Value); err != nil {
				return err
			}
		case *syntax.Inherit:
			from := -1
			if x.From != nil {
				d.froms = append(d.froms, x.From)
				from = len(d.froms) - 1
			}
			for _, an := range x.Names {
				if an.Expr != nil {
					return c.errorf(an, "dynamic attributes not allowed in inherit")
				}
				if prev, dup := d.lookup(an.Name); dup {
					return c.dupErr(an.Name, an, prev.node)
				}
				d.add(bindDef{name: an.Name, node: an, inherit: x.From == nil, from: from, posAt: c.inheritPos(x)})
			}
		}
	}
	return nil
}

// inheritPos is where Nix 2.8 places inherited attributes: just after the
// `inherit` keyword, or after the closing parenthesis of `inherit (e)`.
func (c *compiler) inheritPos(x *syntax.Inherit) int {
	src := c.file.Src
	if x.From == nil {
		return x.Pos + len("inherit")
	}
	_, end := x.From.Span()
	for i := end; i < len(src) && i < x.End; i++ {
		if src[i] == ')' {
			return i + 1
		}
	}
	return end
}

func (c *compiler) dupErr(name string, at, prev syntax.Node) error {
	return c.errorf(at, "attribute '%s' already defined at %s", name, c.pos(prev).describe())
}

func (c *compiler) addAttr(d *attrDefs, path []*syntax.AttrName, value syntax.Expr) error {
	if len(path) == 0 {
		return c.errorf(value, "attribute without a name")
	}
	// Nix places every attribute an attribute path defines (a, b and c
	// in a.b.c = v) at the start of the path.
	at := path[0].Pos
	for i, an := range path {
		last := i == len(path)-1
		if an.Expr != nil {
			dd := &dynDef{name: an.Expr, node: an}
			if last {
				dd.value = value
			} else {
				dd.nested = newDefs(false)
				if err := c.addAttr(dd.nested, path[i+1:], value); err != nil {
					return err
				}
			}
			d.dynamic = append(d.dynamic, dd)
			return nil
		}
		prev, exists := d.lookup(an.Name)
		if last {
			lit, isSet := value.(*syntax.AttrSet)
			if exists {
				if prev.nested != nil && isSet && !prev.inherit && prev.from < 0 {
					if err := c.addBindings(prev.nested, lit.Bindings); err != nil {
						return err
					}
					if lit.Rec {
						prev.nested.rec = true
					}
					return nil
				}
				return c.dupErr(joinPath(path), an, prev.node)
			}
			bd := bindDef{name: an.Name, node: an, from: -1, posAt: at}
			if isSet {
				nd, err := c.collect(lit.Bindings, lit.Rec)
				if err != nil {
					return err
				}
				bd.nested = nd
			} else {
				bd.value = value
			}
			d.add(bd)
			return nil
		}
		if exists {
			if prev.nested == nil {
				return c.dupErr(joinPath(path[:i+1]), an, prev.node)
			}
			d = prev.nested
			continue
		}
		nested := newDefs(false)
		d.add(bindDef{name: an.Name, node: an, from: -1, posAt: at, nested: nested})
		d = nested
	}
	return nil
}

func joinPath(path []*syntax.AttrName) string {
	parts := make([]string, len(path))
	for i, an := range path {
		if an.Expr != nil {
			parts[i] = "\"${...}\""
		} else {
			parts[i] = an.Name
		}
	}
	return strings.Join(parts, ".")
}

// bindings compiles the values of defs. When frame is true the values live
// in a new frame (rec set or let) whose scope is inner; otherwise in sc.
func (c *compiler) bindings(d *attrDefs, sc *scope, frame bool) ([]bindCode, []dynCode, error) {
	valueScope := sc
	outer := sc
	extra := 0
	if frame {
		outer = sc.parent
		extra = 1
	}
	froms := make([]node, len(d.froms))
	for i, fe := range d.froms {
		n, err := c.expr(fe, valueScope)
		if err != nil {
			return nil, nil, err
		}
		froms[i] = n
	}
	out := make([]bindCode, len(d.static))
	for i, bd := range d.static {
		p := c.pos(bd.node)
		if bd.posAt >= 0 {
			p = Pos{File: c.file, Start: int32(bd.posAt), End: int32(bd.posAt)}
		}
		bc := bindCode{name: bd.name, pos: p}
		var err error
		switch {
		case bd.inherit:
			bc.n, err = c.resolve(outer, bd.name, extra, p)
		case bd.from >= 0:
			bc.n = &selectNode{pos: p, x: froms[bd.from], path: []attrKey{{name: bd.name}}, fromInherit: true}
		case bd.nested != nil:
			bc.n, err = c.attrs(bd.nested, valueScope, p)
		default:
			bc.n, err = c.boundValue(bd.value, valueScope, bd.name)
		}
		if err != nil {
			return nil, nil, err
		}
		out[i] = bc
	}
	dyn := make([]dynCode, len(d.dynamic))
	for i, dd := range d.dynamic {
		nn, err := c.expr(dd.name, valueScope)
		if err != nil {
			return nil, nil, err
		}
		var vn node
		if dd.nested != nil {
			vn, err = c.attrs(dd.nested, valueScope, c.pos(dd.node))
		} else {
			vn, err = c.expr(dd.value, valueScope)
		}
		if err != nil {
			return nil, nil, err
		}
		dyn[i] = dynCode{name: nn, value: vn, pos: c.pos(dd.node)}
	}
	return out, dyn, nil
}

// setLiteral compiles the set literal x, positioned at p.
func (c *compiler) setLiteral(x *syntax.AttrSet, sc *scope, p Pos) (node, error) {
	order, ok := simpleBindings(x.Bindings)
	if !ok {
		defs, err := c.collect(x.Bindings, x.Rec)
		if err != nil {
			return nil, err
		}
		return c.attrs(defs, sc, p)
	}
	if x.Rec {
		inner, bs, err := c.simpleFrame(x.Bindings, sc)
		if err != nil {
			return nil, err
		}
		n := &recAttrsNode{pos: p, binds: bs, overrides: -1, order: make([]int, len(order))}
		if i, ok := inner.lookup("__overrides"); ok {
			n.overrides = i
		}
		for k, i := range order {
			n.order[k] = int(i)
		}
		return n, nil
	}
	// Compiled in source order (so the first error is the first in the
	// file), each into its place in name order.
	bs := make([]bindCode, len(order))
	rank := make([]int32, len(order))
	for k, i := range order {
		rank[i] = int32(k)
	}
	compile := func(c *compiler, from, to int) error {
		for i := from; i < to; i++ {
			bc, err := c.simpleBinding(x.Bindings[i].(*syntax.Attr), sc)
			if err != nil {
				return err
			}
			bs[rank[i]] = bc
		}
		return nil
	}
	n := len(x.Bindings)
	if n < splitBindings || c.split {
		if err := compile(c, 0, n); err != nil {
			return nil, err
		}
		return &attrsNode{pos: p, binds: bs}, nil
	}
	// A large set (a data file's): its second half is compiled by a second
	// compiler on another goroutine, which an idle core runs meanwhile.
	// Compiling reads the syntax tree and sc, which is complete, and
	// writes only the compiler's own fields and its half of bs.
	half := &compiler{ev: c.ev, file: c.file, dir: c.dir, depth: c.depth, split: true}
	type result struct {
		err   error
		panic any // a panic of the other goroutine, raised again here
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{panic: r}
			}
		}()
		done <- result{err: compile(half, n/2, n)}
	}()
	c.split = true
	err := compile(c, 0, n/2)
	c.split = false
	other := <-done
	if other.panic != nil {
		panic(other.panic)
	}
	if err == nil {
		err = other.err
	}
	if err != nil {
		return nil, err
	}
	c.paths = append(c.paths, half.paths...)
	return &attrsNode{pos: p, binds: bs}, nil
}

// splitBindings is how many bindings a set literal has for its compilation
// to be split between two goroutines.
const splitBindings = 512

// simpleBindings reports whether every binding is `name = value;` with one
// static name (no inherit, attribute path or dynamic name), and if so
// returns the order that sorts them by name. Duplicate names (which the
// parser reports already) also take the general path, for its error.
func simpleBindings(bs []syntax.Binding) ([]int32, bool) {
	var local [12]string
	names := local[:0]
	if len(bs) > len(local) {
		names = make([]string, 0, len(bs))
	}
	names = names[:len(bs)]
	sorted := true
	for i, b := range bs {
		a, ok := b.(*syntax.Attr)
		if !ok || len(a.Path) != 1 || a.Path[0].Expr != nil {
			return nil, false
		}
		names[i] = a.Path[0].Name
		if i > 0 && names[i-1] >= names[i] {
			sorted = false
		}
	}
	order := make([]int32, len(bs))
	for i := range order {
		order[i] = int32(i)
	}
	if !sorted {
		if len(order) <= len(local) {
			// Insertion sort: small sets are the common case.
			for i := 1; i < len(order); i++ {
				for j := i; j > 0 && names[order[j-1]] > names[order[j]]; j-- {
					order[j-1], order[j] = order[j], order[j-1]
				}
			}
		} else {
			byName := names
			slices.SortFunc(order, func(a, b int32) int { return strings.Compare(byName[a], byName[b]) })
		}
		for k := 1; k < len(order); k++ {
			if names[order[k-1]] == names[order[k]] {
				return nil, false
			}
		}
	}
	return order, true
}

// simpleBinding compiles `name = value;` in sc, as bindings does.
func (c *compiler) simpleBinding(a *syntax.Attr, sc *scope) (bindCode, error) {
	an := a.Path[0]
	// Nix places an attribute at the start of its name.
	p := Pos{File: c.file, Start: int32(an.Pos), End: int32(an.Pos)}
	bc := bindCode{name: an.Name, pos: p}
	var err error
	if v, ok := a.Value.(*syntax.AttrSet); ok {
		bc.n, err = c.setLiteral(v, sc, p)
	} else {
		bc.n, err = c.boundValue(a.Value, sc, an.Name)
	}
	return bc, err
}

// boundValue compiles the value bound to name: a function takes the name
// (for its descriptions in traces), anything else compiles as usual.
func (c *compiler) boundValue(e syntax.Expr, sc *scope, name string) (node, error) {
	if lam, ok := e.(*syntax.Lambda); ok {
		return c.lambda(lam, sc, name)
	}
	return c.expr(e, sc)
}

// simpleFrame compiles the simple bindings of a let or rec set into a new
// frame under sc, in source order (the frame's slot order).
func (c *compiler) simpleFrame(bs []syntax.Binding, sc *scope) (*scope, []bindCode, error) {
	inner := newScope(sc, len(bs))
	for _, b := range bs {
		inner.add(b.(*syntax.Attr).Path[0].Name)
	}
	out := make([]bindCode, len(bs))
	for i, b := range bs {
		bc, err := c.simpleBinding(b.(*syntax.Attr), inner)
		if err != nil {
			return nil, nil, err
		}
		out[i] = bc
	}
	return inner, out, nil
}

// attrs compiles a set literal (plain or rec).
func (c *compiler) attrs(d *attrDefs, sc *scope, p Pos) (node, error) {
	if !d.rec {
		bs, dyn, err := c.bindings(d, sc, false)
		if err != nil {
			return nil, err
		}
		slices.SortFunc(bs, func(a, b bindCode) int { return strings.Compare(a.name, b.name) })
		return &attrsNode{pos: p, binds: bs, dyn: dyn}, nil
	}
	inner := newScope(sc, len(d.static))
	for _, bd := range d.static {
		inner.add(bd.name)
	}
	bs, dyn, err := c.bindings(d, inner, true)
	if err != nil {
		return nil, err
	}
	n := &recAttrsNode{pos: p, binds: bs, dyn: dyn, overrides: -1}
	if i, ok := inner.lookup("__overrides"); ok {
		n.overrides = i
	}
	n.order = sortedOrder(bs)
	return n, nil
}

// sortedOrder returns the slot order that sorts bindings by name.
func sortedOrder(bs []bindCode) []int {
	order := make([]int, len(bs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(bs[a].name, bs[b].name) })
	return order
}

func (c *compiler) let(x *syntax.Let, sc *scope) (node, error) {
	if _, ok := simpleBindings(x.Bindings); ok {
		inner, bs, err := c.simpleFrame(x.Bindings, sc)
		if err != nil {
			return nil, err
		}
		body, err := c.expr(x.Body, inner)
		if err != nil {
			return nil, err
		}
		return &letNode{pos: c.pos(x), binds: bs, body: body}, nil
	}
	d, err := c.collect(x.Bindings, true)
	if err != nil {
		return nil, err
	}
	if len(d.dynamic) > 0 {
		return nil, c.errorf(d.dynamic[0].node, "dynamic attributes not allowed in let")
	}
	inner := newScope(sc, len(d.static))
	for _, bd := range d.static {
		inner.add(bd.name)
	}
	bs, _, err := c.bindings(d, inner, true)
	if err != nil {
		return nil, err
	}
	body, err := c.expr(x.Body, inner)
	if err != nil {
		return nil, err
	}
	return &letNode{pos: c.pos(x), binds: bs, body: body}, nil
}
