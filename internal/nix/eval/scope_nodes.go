package eval

import (
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/nix-k8s/nix-k8s/internal/nix/syntax"
)

// node is a compiled expression. eval returns a value in weak head normal
// form (never a *Thunk).
type node interface {
	eval(ev *Evaluator, env *Env) (Value, error)
	position() Pos
}

// thunk delays the node *np in env, avoiding a thunk where the value is at
// hand: constants, variables of already built frames, and lambdas. np
// points into the compiled code (which never changes), so a thunk holds one
// pointer to its code.
func (ev *Evaluator) thunk(np *node, env *Env) Value {
	if v := atHand(np, env); v != nil {
		return v
	}
	return &Thunk{code: np, Env: env}
}

// arg delays *np in env as the argument of a call. A set literal without
// dynamic names and a list literal are built at once instead: building
// one cannot fail and forces nothing (its values are delayed), so only
// when its cost is paid changes, and the call spares a thunk that would
// mostly be forced soon.
func (ev *Evaluator) arg(np *node, env *Env) Value {
	switch x := (*np).(type) {
	case *attrsNode:
		if len(x.dyn) == 0 {
			v, _ := x.eval(ev, env)
			return v
		}
	case *listNode:
		v, _ := x.eval(ev, env)
		return v
	}
	return ev.thunk(np, env)
}

// atHand returns the value of *np in env when it needs no evaluation (see
// thunk), or nil.
func atHand(np *node, env *Env) Value {
	switch x := (*np).(type) {
	case *constNode:
		return x.v
	case *varNode:
		e := env
		for i := x.level; i > 0; i-- {
			e = e.Parent
		}
		return e.get(int(x.idx))
	case *lambdaNode:
		return &Lambda{Fn: x.fn, Env: env, code: x.code}
	case *selectNode:
		if v, ok := x.peek(env); ok {
			return v
		}
	}
	return nil
}

// thunkSlab hands out thunks allocated together: the values of one set,
// list or frame are delayed with one allocation rather than one each.
type thunkSlab []Thunk

// take returns the next thunk of the slab, delaying *np in env.
func (s *thunkSlab) take(np *node, env *Env) *Thunk {
	t := &(*s)[0]
	*s = (*s)[1:]
	t.code, t.Env = np, env
	return t
}

// peek resolves a select of static names from a variable without
// evaluating anything: it succeeds only when every set on the way and the
// attribute itself are already evaluated, so no error and no work can be
// skipped by not delaying it.
func (n *selectNode) peek(env *Env) (Value, bool) {
	vn, ok := n.x.(*varNode)
	if !ok || n.def != nil {
		return nil, false
	}
	e := env
	for i := vn.level; i > 0; i-- {
		e = e.Parent
	}
	v := e.get(int(vn.idx))
	for i := range n.path {
		if n.path[i].dyn != nil {
			return nil, false
		}
		if t, ok := v.(*Thunk); ok {
			if t.State() != ThunkDone {
				return nil, false
			}
			v = t.Value
		}
		set, ok := v.(*Attrs)
		if !ok {
			return nil, false
		}
		a, ok := n.path[i].get(set)
		if !ok {
			return nil, false
		}
		v = a.Value
	}
	// Only evaluated values that are not functions: Nix makes a new value
	// cell for every select, and functions compare by cell in lists.
	fv := v
	if t, ok := v.(*Thunk); ok {
		if t.State() != ThunkDone {
			return nil, false
		}
		fv = t.Value
	}
	if fv == nil || IsFunction(fv) {
		return nil, false
	}
	return v, true
}

// --- leaves -------------------------------------------------------------------

type constNode struct {
	pos Pos
	v   Value
}

func (n *constNode) eval(*Evaluator, *Env) (Value, error) { return n.v, nil }
func (n *constNode) position() Pos                        { return n.pos }

// varNode is a lexically bound variable: level frames up, slot idx.
type varNode struct {
	pos   Pos
	level int32
	idx   int32
}

func (n *varNode) eval(ev *Evaluator, env *Env) (Value, error) {
	e := env
	for i := n.level; i > 0; i-- {
		e = e.Parent
	}
	v := e.get(int(n.idx))
	if t, ok := v.(*Thunk); ok {
		if t.State() == ThunkDone {
			return t.Value, nil
		}
		return ev.forceThunk(t)
	}
	if v == nil {
		return nil, errKind(ErrInfiniteRecursion, n.pos, "infinite recursion encountered")
	}
	return v, nil
}
func (n *varNode) position() Pos { return n.pos }

// withVarNode is a variable found in no lexical scope: it is looked up in
// the enclosing `with` frames, innermost first.
type withVarNode struct {
	pos    Pos
	name   string
	levels []int
}

func (n *withVarNode) eval(ev *Evaluator, env *Env) (Value, error) {
	e := env
	at := 0
	for _, lv := range n.levels {
		for ; at < lv; at++ {
			e = e.Parent
		}
		set, err := ev.ForceAttrs(n.pos, e.get(0))
		if err != nil {
			return nil, err
		}
		if a, ok := set.Get(n.name); ok {
			return ev.Force(a.Value)
		}
	}
	return nil, ev.Errorf(n.pos, "undefined variable '%s'", n.name)
}
func (n *withVarNode) position() Pos { return n.pos }

type searchPathNode struct {
	pos  Pos
	name string
}

func (n *searchPathNode) eval(ev *Evaluator, env *Env) (Value, error) {
	p, err := ev.findFile(n.pos, n.name)
	if err != nil {
		return nil, err
	}
	return Path(p), nil
}
func (n *searchPathNode) position() Pos { return n.pos }

// --- strings and + ------------------------------------------------------------

type concatPart struct {
	pos Pos
	n   node
}

// concatNode is string interpolation (forceString) or `+` and path
// interpolation, with Nix's rules: the first operand decides whether the
// result is a number, a path or a string.
type concatNode struct {
	pos         Pos
	parts       []concatPart
	forceString bool
}

func (n *concatNode) position() Pos { return n.pos }

func (n *concatNode) eval(ev *Evaluator, env *Env) (Value, error) {
	if !n.forceString && len(n.parts) == 2 {
		a, err := n.parts[0].n.eval(ev, env)
		if err != nil {
			return nil, err
		}
		b, err := n.parts[1].n.eval(ev, env)
		if err != nil {
			return nil, err
		}
		// Fast paths for the common cases.
		switch x := a.(type) {
		case Int:
			switch y := b.(type) {
			case Int:
				return x + y, nil
			case Float:
				return Float(x) + y, nil
			}
			return nil, ev.Errorf(n.parts[1].pos, "cannot add %s to an integer", TypeName(b))
		case Float:
			switch y := b.(type) {
			case Int:
				return x + Float(y), nil
			case Float:
				return x + y, nil
			}
			return nil, ev.Errorf(n.parts[1].pos, "cannot add %s to a float", TypeName(b))
		case String:
			if y, ok := b.(String); ok {
				return x + y, nil
			}
			s, err := ev.coerceToString(n.parts[1].pos, b, false, true)
			if err != nil {
				return nil, err
			}
			return x + String(s), nil
		case Path:
			s, err := ev.coerceToString(n.parts[1].pos, b, false, false)
			if err != nil {
				return nil, err
			}
			return Path(canonPath(string(x) + s)), nil
		}
		if _, err := ev.coerceToString(n.parts[0].pos, a, false, true); err != nil {
			return nil, err
		}
		return nil, ev.Errorf(n.parts[0].pos, "cannot add %s to %s", TypeName(b), TypeName(a))
	}
	var sb strings.Builder
	isPath := false
	for i, p := range n.parts {
		v, err := p.n.eval(ev, env)
		if err != nil {
			return nil, err
		}
		if i == 0 && !n.forceString {
			if pv, ok := v.(Path); ok {
				isPath = true
				sb.WriteString(string(pv))
				continue
			}
		}
		if s, ok := v.(String); ok {
			sb.WriteString(string(s))
			continue
		}
		s, err := ev.coerceToString(p.pos, v, false, !isPath)
		if err != nil {
			return nil, err
		}
		sb.WriteString(s)
	}
	if isPath {
		return Path(canonPath(sb.String())), nil
	}
	return String(sb.String()), nil
}

// --- collections ----------------------------------------------------------------

type listNode struct {
	pos   Pos
	elems []node
}

func (n *listNode) position() Pos { return n.pos }
func (n *listNode) eval(ev *Evaluator, env *Env) (Value, error) {
	if len(n.elems) == 0 {
		return &List{}, nil
	}
	vs := make([]Value, len(n.elems))
	need := 0
	for i := range n.elems {
		if vs[i] = atHand(&n.elems[i], env); vs[i] == nil {
			need++
		}
	}
	if need > 0 {
		slab := make(thunkSlab, need)
		for i := range vs {
			if vs[i] == nil {
				vs[i] = slab.take(&n.elems[i], env)
			}
		}
	}
	return &List{Elems: vs}, nil
}

type bindCode struct {
	name string
	pos  Pos
	n    node
}

type dynCode struct {
	name  node
	value node
	pos   Pos
}

// attrsNode is a non-recursive set literal; binds are sorted by name.
type attrsNode struct {
	pos   Pos
	binds []bindCode
	dyn   []dynCode
}

func (n *attrsNode) position() Pos { return n.pos }
func (n *attrsNode) eval(ev *Evaluator, env *Env) (Value, error) {
	if len(n.dyn) == 0 {
		set := newAttrsN(len(n.binds))
		es := set.Entries
		need := 0
		for i := range n.binds {
			b := &n.binds[i]
			v := atHand(&b.n, env)
			if v == nil {
				need++
			}
			es[i] = Attr{Name: b.name, Value: v, Pos: &b.pos}
		}
		if need > 0 {
			slab := make(thunkSlab, need)
			for i := range es {
				if es[i].Value == nil {
					es[i].Value = slab.take(&n.binds[i].n, env)
				}
			}
		}
		return set, nil
	}
	es := make([]Attr, len(n.binds), len(n.binds)+len(n.dyn))
	for i := range n.binds {
		b := &n.binds[i]
		es[i] = Attr{Name: b.name, Value: ev.thunk(&b.n, env), Pos: &b.pos}
	}
	return ev.addDynamic(es, n.dyn, env)
}

// attrsOf is a set allocated in one piece with its entries (T is an
// array of Attr).
type attrsOf[T any] struct {
	a Attrs
	e T
}

func newAttrsOf[T any](n int) *Attrs {
	x := new(attrsOf[T])
	x.a.Entries = unsafe.Slice((*Attr)(unsafe.Pointer(&x.e)), n)
	return &x.a
}

// newAttrsN returns a set with n (zeroed) entries to fill in name order.
// Sets of up to 12 entries are one allocation.
func newAttrsN(n int) *Attrs {
	switch n {
	case 0:
		return &Attrs{}
	case 1:
		return newAttrsOf[[1]Attr](1)
	case 2:
		return newAttrsOf[[2]Attr](2)
	case 3:
		return newAttrsOf[[3]Attr](3)
	case 4:
		return newAttrsOf[[4]Attr](4)
	case 5:
		return newAttrsOf[[5]Attr](5)
	case 6:
		return newAttrsOf[[6]Attr](6)
	case 7:
		return newAttrsOf[[7]Attr](7)
	case 8:
		return newAttrsOf[[8]Attr](8)
	case 9:
		return newAttrsOf[[9]Attr](9)
	case 10:
		return newAttrsOf[[10]Attr](10)
	case 11:
		return newAttrsOf[[11]Attr](11)
	case 12:
		return newAttrsOf[[12]Attr](12)
	}
	return &Attrs{Entries: make([]Attr, n)}
}

func (ev *Evaluator) addDynamic(es []Attr, dyn []dynCode, env *Env) (Value, error) {
	for j := range dyn {
		d := &dyn[j]
		nv, err := d.name.eval(ev, env)
		if err != nil {
			return nil, err
		}
		if _, isNull := nv.(Null); isNull {
			continue
		}
		name, err := ev.ForceString(d.pos, nv)
		if err != nil {
			return nil, err
		}
		set := &Attrs{Entries: es}
		if i, found := set.index(name); found {
			return nil, ev.Errorf(d.pos, "dynamic attribute '%s' already defined at %s", name, es[i].Position().describe())
		} else {
			es = append(es, Attr{})
			copy(es[i+1:], es[i:])
			es[i] = Attr{Name: name, Value: ev.thunk(&d.value, env), Pos: &d.pos}
		}
	}
	return &Attrs{Entries: es}, nil
}

// recAttrsNode is a `rec { }` set: its attributes live in a frame the
// values are evaluated in. binds are in slot order; order lists the slots
// in name order.
type recAttrsNode struct {
	pos       Pos
	binds     []bindCode
	order     []int
	dyn       []dynCode
	overrides int // slot of `__overrides`, or -1
}

func (n *recAttrsNode) position() Pos { return n.pos }
func (n *recAttrsNode) eval(ev *Evaluator, env *Env) (Value, error) {
	inner := ev.fillFrame(n.binds, env)
	es := make([]Attr, len(n.binds), len(n.binds)+len(n.dyn))
	for i, slot := range n.order {
		b := &n.binds[slot]
		es[i] = Attr{Name: b.name, Value: inner.get(slot), Pos: &b.pos}
	}
	if n.overrides >= 0 {
		var err error
		if es, err = ev.applyOverrides(n, inner, es); err != nil {
			return nil, err
		}
	}
	if len(n.dyn) == 0 {
		return &Attrs{Entries: es}, nil
	}
	return ev.addDynamic(es, n.dyn, inner)
}

// applyOverrides implements the legacy `__overrides` attribute of rec sets:
// its attributes replace the set's own, in the set and in the frame the
// other attributes see.
func (ev *Evaluator) applyOverrides(n *recAttrsNode, inner *Env, es []Attr) ([]Attr, error) {
	ov, err := ev.ForceAttrs(n.binds[n.overrides].pos, inner.get(n.overrides))
	if err != nil {
		return nil, err
	}
	for _, a := range ov.Entries {
		slot := -1
		for i := range n.binds {
			if n.binds[i].name == a.Name {
				slot = i
				break
			}
		}
		if slot >= 0 {
			*inner.slot(slot) = a.Value
		}
		set := &Attrs{Entries: es}
		if i, found := set.index(a.Name); found {
			es[i] = a
		} else {
			es = append(es, Attr{})
			copy(es[i+1:], es[i:])
			es[i] = a
		}
	}
	return es, nil
}

// fillFrame makes the frame of a let or rec set and fills its slots.
// Variables of the frame itself get real thunks: their slots may not be
// filled yet.
func (ev *Evaluator) fillFrame(binds []bindCode, env *Env) *Env {
	inner := newEnv(env, len(binds))
	need := 0
	for i := range binds {
		// A variable of the frame being filled is not at hand yet.
		if v, ok := binds[i].n.(*varNode); ok && v.level == 0 {
			need++
			continue
		}
		v := atHand(&binds[i].n, inner)
		if v == nil {
			need++
		}
		*inner.slot(i) = v
	}
	if need > 0 {
		slab := make(thunkSlab, need)
		for i := range binds {
			if inner.get(i) == nil {
				*inner.slot(i) = slab.take(&binds[i].n, inner)
			}
		}
	}
	return inner
}

type letNode struct {
	pos   Pos
	binds []bindCode
	body  node
}

func (n *letNode) position() Pos { return n.pos }
func (n *letNode) eval(ev *Evaluator, env *Env) (Value, error) {
	return n.body.eval(ev, ev.fillFrame(n.binds, env))
}

type withNode struct {
	pos  Pos
	env  node
	body node
}

func (n *withNode) position() Pos { return n.pos }
func (n *withNode) eval(ev *Evaluator, env *Env) (Value, error) {
	inner := &Env{Parent: env, first: ev.thunk(&n.env, env)}
	return n.body.eval(ev, inner)
}

// --- select ---------------------------------------------------------------------

// attrKey is one name of an attribute path: static, or dynamic (an
// expression whose string value is the name).
type attrKey struct {
	name string
	dyn  *dynKey      // nil for a static name
	hint atomic.Int32 // where name was found last time (sets of one shape repeat)
}

// dynKey is the expression of a dynamic attribute name and where it is.
type dynKey struct {
	n   node
	pos Pos
}

// get looks k's static name up in set, trying the index where it was found
// last time first.
func (k *attrKey) get(set *Attrs) (Attr, bool) {
	es := set.Entries
	if h := int(k.hint.Load()); h < len(es) && es[h].Name == k.name {
		return es[h], true
	}
	i, ok := set.index(k.name)
	if !ok {
		return Attr{}, false
	}
	k.hint.Store(int32(i))
	return es[i], true
}

func (ev *Evaluator) keyName(k *attrKey, env *Env) (string, error) {
	if k.dyn == nil {
		return k.name, nil
	}
	v, err := k.dyn.n.eval(ev, env)
	if err != nil {
		return "", err
	}
	return ev.ForceString(k.dyn.pos, v)
}

type selectNode struct {
	pos         Pos
	x           node
	path        []attrKey
	def         node
	fromInherit bool
}

func (n *selectNode) position() Pos { return n.pos }
func (n *selectNode) eval(ev *Evaluator, env *Env) (Value, error) {
	v, err := n.x.eval(ev, env)
	if err != nil {
		return nil, err
	}
	for i := range n.path {
		k := &n.path[i]
		if i > 0 {
			if v, err = ev.Force(v); err != nil {
				return nil, err
			}
		}
		set, ok := v.(*Attrs)
		if !ok {
			if n.def != nil {
				return n.def.eval(ev, env)
			}
			return nil, ev.Errorf(n.pos, "value is %s while a set was expected", TypeName(v))
		}
		var a Attr
		name := k.name
		if k.dyn == nil {
			a, ok = k.get(set)
		} else {
			if name, err = ev.keyName(k, env); err != nil {
				return nil, err
			}
			a, ok = set.Get(name)
		}
		if !ok {
			if n.def != nil {
				return n.def.eval(ev, env)
			}
			return nil, ev.Errorf(n.pos, "attribute '%s' missing", name)
		}
		v = a.Value
	}
	v, err = ev.Force(v)
	if err != nil {
		return nil, err
	}
	return v, nil
}

type hasAttrNode struct {
	pos  Pos
	x    node
	path []attrKey
}

func (n *hasAttrNode) position() Pos { return n.pos }
func (n *hasAttrNode) eval(ev *Evaluator, env *Env) (Value, error) {
	v, err := n.x.eval(ev, env)
	if err != nil {
		return nil, err
	}
	for i := range n.path {
		if i > 0 {
			if v, err = ev.Force(v); err != nil {
				return nil, err
			}
		}
		set, ok := v.(*Attrs)
		if !ok {
			return Bool(false), nil
		}
		name, err := ev.keyName(&n.path[i], env)
		if err != nil {
			return nil, err
		}
		a, ok := set.Get(name)
		if !ok {
			return Bool(false), nil
		}
		v = a.Value
	}
	return Bool(true), nil
}

// --- functions ------------------------------------------------------------------

type formalCode struct {
	name string
	def  node
}

// lambdaCode is the compiled form of a function.
type lambdaCode struct {
	pos        Pos    // where the function is defined
	name       string // the attribute or let name it was bound to, if any
	body       node
	hasFormals bool
	formals    []formalCode
	index      map[string]bool // formal names, for large formal lists
	ellipsis   bool
	argSlot    int // slot of the `@` name, or -1
	nslots     int
	// reuseFrame is set for a function of one plain argument whose body
	// keeps no reference to its frame (capturesFrame): a call's frame is
	// handed back to the evaluator when the call returns (spareFrame) and
	// reused by a later call.
	reuseFrame bool
}

func (lc *lambdaCode) hasFormal(name string) bool {
	if lc.index != nil {
		return lc.index[name]
	}
	for _, f := range lc.formals {
		if f.name == name {
			return true
		}
	}
	return false
}

// describe names the function in messages, as Nix 2.8 does.
func (lc *lambdaCode) describe(p Pos) string {
	if lc.name != "" {
		return "'" + lc.name + "' at " + p.describe()
	}
	return "anonymous function at " + p.describe()
}

type lambdaNode struct {
	pos  Pos
	fn   *syntax.Lambda
	code *lambdaCode
}

func (n *lambdaNode) position() Pos { return n.pos }
func (n *lambdaNode) eval(ev *Evaluator, env *Env) (Value, error) {
	return &Lambda{Fn: n.fn, Env: env, code: n.code}, nil
}

type applyNode struct {
	pos  Pos
	fn   node
	args []node
}

func (n *applyNode) position() Pos { return n.pos }
func (n *applyNode) eval(ev *Evaluator, env *Env) (Value, error) {
	f, err := n.fn.eval(ev, env)
	if err != nil {
		return nil, err
	}
	return n.applyArgs(ev, env, f, n.args)
}

// applyArgs applies f to args (delayed in env).
func (n *applyNode) applyArgs(ev *Evaluator, env *Env, f Value, args []node) (Value, error) {
	var err error
	for len(args) > 0 {
		if lam, ok := f.(*Lambda); ok && len(args) > 1 {
			if inner := lam.curried(); inner != nil {
				if f, err = ev.callCurried(n.pos, lam, inner, ev.arg(&args[0], env), ev.arg(&args[1], env)); err != nil {
					return nil, err
				}
				args = args[2:]
				continue
			}
		}
		// A builtin, or a partial application of one, given several
		// arguments takes them at once: called directly when they complete
		// it, one partial application otherwise.
		if op, have := primOpParts(f); op != nil && op.Arity > 1 && len(args) > 1 {
			need := op.Arity - len(have)
			if len(args) < need {
				return partialPrimOp(op, have, len(args), func(i int) Value { return ev.arg(&args[i], env) }), nil
			}
			if err := ev.enter(n.pos); err != nil {
				return nil, err
			}
			vs := ev.pushArgs(op.Arity)
			copy(vs, have)
			for i := range need {
				vs[len(have)+i] = ev.arg(&args[i], env)
			}
			f, err = ev.callPrimOp(n.pos, op, vs)
			ev.popArgs(op.Arity)
			ev.depth--
			if err != nil {
				return nil, err
			}
			args = args[need:]
			continue
		}
		if f, err = ev.call1(n.pos, f, ev.arg(&args[0], env)); err != nil {
			return nil, err
		}
		args = args[1:]
	}
	return f, nil
}

// tailCallFactor bounds chains of tail calls (see evalTail).
const tailCallFactor = 20

// evalTail evaluates n like n.eval, but runs the expressions in tail
// position (branches of if, bodies of let, with and assert, and the last
// call of an application to a lambda) in a loop rather than by recursion:
// tail-recursive Nix functions then use neither Go stack nor depth.
//
// Real Nix has no tail calls: its stack overflows after some 50,000 nested
// calls. A chain of tail calls is allowed tailCallFactor times the depth
// limit, so that an endless loop still ends in an error.
func (ev *Evaluator) evalTail(n node, env *Env) (Value, error) {
	tail := 0
	for {
		switch x := n.(type) {
		case *ifNode:
			b, err := evalBool(ev, env, x.cond, x.pos)
			if err != nil {
				return nil, err
			}
			if b {
				n = x.then
			} else {
				n = x.els
			}
		case *letNode:
			env = ev.fillFrame(x.binds, env)
			n = x.body
		case *withNode:
			inner := &Env{Parent: env, first: ev.thunk(&x.env, env)}
			env, n = inner, x.body
		case *assertNode:
			b, err := evalBool(ev, env, x.cond, x.pos)
			if err != nil {
				return nil, err
			}
			if !b {
				return nil, errKind(ErrAssert, x.pos, "assertion '%s' failed", x.text)
			}
			n = x.body
		case *applyNode:
			f, err := x.fn.eval(ev, env)
			if err != nil {
				return nil, err
			}
			last := len(x.args) - 1
			if last > 0 {
				if f, err = x.applyArgs(ev, env, f, x.args[:last]); err != nil {
					return nil, err
				}
			}
			lam, ok := f.(*Lambda)
			if !ok {
				return x.applyArgs(ev, env, f, x.args[last:])
			}
			if tail++; tail > ev.maxDepth*tailCallFactor {
				return nil, errKind(ErrStackOverflow, x.pos, "stack overflow; more than %d calls in a row (possible infinite recursion)", ev.maxDepth*tailCallFactor)
			}
			if err := ev.step(x.pos); err != nil {
				return nil, err
			}
			arg := ev.arg(&x.args[last], env)
			if env, err = ev.bindLambda(x.pos, lam, arg); err != nil {
				return nil, err
			}
			n = lam.code.body
		default:
			return n.eval(ev, env)
		}
	}
}

// --- control ----------------------------------------------------------------------

// evalBool evaluates n and checks that the result is a Boolean, reporting
// a wrong type at pos.
func evalBool(ev *Evaluator, env *Env, n node, pos Pos) (Bool, error) {
	v, err := n.eval(ev, env)
	if err != nil {
		return false, err
	}
	b, ok := v.(Bool)
	if !ok {
		return false, ev.Errorf(pos, "value is %s while a Boolean was expected", TypeName(v))
	}
	return b, nil
}

type ifNode struct {
	pos             Pos
	cond, then, els node
}

func (n *ifNode) position() Pos { return n.pos }
func (n *ifNode) eval(ev *Evaluator, env *Env) (Value, error) {
	b, err := evalBool(ev, env, n.cond, n.pos)
	if err != nil {
		return nil, err
	}
	if b {
		return n.then.eval(ev, env)
	}
	return n.els.eval(ev, env)
}

type assertNode struct {
	pos        Pos
	cond, body node
	text       string
}

func (n *assertNode) position() Pos { return n.pos }
func (n *assertNode) eval(ev *Evaluator, env *Env) (Value, error) {
	b, err := evalBool(ev, env, n.cond, n.pos)
	if err != nil {
		return nil, err
	}
	if !b {
		return nil, errKind(ErrAssert, n.pos, "assertion '%s' failed", n.text)
	}
	return n.body.eval(ev, env)
}

type notNode struct {
	pos Pos
	x   node
}

func (n *notNode) position() Pos { return n.pos }
func (n *notNode) eval(ev *Evaluator, env *Env) (Value, error) {
	b, err := evalBool(ev, env, n.x, n.pos)
	if err != nil {
		return nil, err
	}
	return !b, nil
}

type negNode struct {
	pos Pos
	x   node
}

func (n *negNode) position() Pos { return n.pos }
func (n *negNode) eval(ev *Evaluator, env *Env) (Value, error) {
	v, err := n.x.eval(ev, env)
	if err != nil {
		return nil, err
	}
	return ev.arith(n.pos, syntax.OpSub, Int(0), v)
}

type logicNode struct {
	pos  Pos
	op   syntax.Op
	x, y node
}

func (n *logicNode) position() Pos { return n.pos }
func (n *logicNode) eval(ev *Evaluator, env *Env) (Value, error) {
	a, err := evalBool(ev, env, n.x, n.pos)
	if err != nil {
		return nil, err
	}
	switch n.op {
	case syntax.OpAnd:
		if !a {
			return Bool(false), nil
		}
	case syntax.OpOr:
		if a {
			return Bool(true), nil
		}
	case syntax.OpImpl:
		if !a {
			return Bool(true), nil
		}
	}
	b, err := evalBool(ev, env, n.y, n.pos)
	if err != nil {
		return nil, err
	}
	return b, nil
}

type binaryNode struct {
	pos  Pos
	op   syntax.Op
	x, y node
}

func (n *binaryNode) position() Pos { return n.pos }
func (n *binaryNode) eval(ev *Evaluator, env *Env) (Value, error) {
	a, err := n.x.eval(ev, env)
	if err != nil {
		return nil, err
	}
	b, err := n.y.eval(ev, env)
	if err != nil {
		return nil, err
	}
	switch n.op {
	case syntax.OpSub, syntax.OpMul:
		return ev.arith(n.pos, n.op, a, b)
	case syntax.OpDiv:
		return ev.div(n.pos, a, b)
	case syntax.OpEq:
		eq, err := ev.equal(n.pos, a, b, false)
		return Bool(eq), err
	case syntax.OpNotEq:
		eq, err := ev.equal(n.pos, a, b, false)
		return Bool(!eq), err
	case syntax.OpLess:
		lt, err := ev.Less(n.pos, a, b)
		return Bool(lt), err
	case syntax.OpGreater:
		lt, err := ev.Less(n.pos, b, a)
		return Bool(lt), err
	case syntax.OpLessEq:
		lt, err := ev.Less(n.pos, b, a)
		return Bool(!lt), err
	case syntax.OpGreaterEq:
		lt, err := ev.Less(n.pos, a, b)
		return Bool(!lt), err
	case syntax.OpUpdate:
		return ev.update(n.pos, a, b)
	case syntax.OpConcat:
		return ev.concatLists(n.pos, a, b)
	}
	return nil, ev.Errorf(n.pos, "unsupported operator %s", n.op)
}
