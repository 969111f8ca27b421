package eval

import "unsafe"

// List builtins.

func primLength(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	l, err := ev.ForceList(pos, args[0])
	if err != nil {
		return nil, err
	}
	return Int(len(l.Elems)), nil
}

func elemAt(ev *Evaluator, pos Pos, list Value, n int64) (Value, error) {
	l, err := ev.ForceList(pos, list)
	if err != nil {
		return nil, err
	}
	if n < 0 || n >= int64(len(l.Elems)) {
		return nil, ev.Errorf(pos, "list index %d is out of bounds", n)
	}
	return l.Elems[n], nil
}

func primHead(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	return elemAt(ev, pos, args[0], 0)
}

func primTail(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	l, err := ev.ForceList(pos, args[0])
	if err != nil {
		return nil, err
	}
	if len(l.Elems) == 0 {
		return nil, ev.Errorf(pos, "'tail' called on an empty list")
	}
	return &List{Elems: l.Elems[1:]}, nil
}

func primElemAt(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	if _, err := ev.ForceList(pos, args[0]); err != nil {
		return nil, err
	}
	n, err := ev.ForceInt(pos, args[1])
	if err != nil {
		return nil, err
	}
	return elemAt(ev, pos, args[0], n)
}

func primElem(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	l, err := ev.ForceList(pos, args[1])
	if err != nil {
		return nil, err
	}
	for _, e := range l.Elems {
		eq, err := ev.Equal(pos, args[0], e)
		if err != nil {
			return nil, err
		}
		if eq {
			return Bool(true), nil
		}
	}
	return Bool(false), nil
}

// callBool calls fn on args and forces a Boolean result.
func callBool(ev *Evaluator, pos Pos, fn Value, args ...Value) (bool, error) {
	r, err := ev.Call(pos, fn, args...)
	if err != nil {
		return false, err
	}
	return ev.ForceBool(pos, r)
}

func primFilter(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	f, err := ev.ForceFunction(pos, args[0])
	if err != nil {
		return nil, err
	}
	l, err := ev.ForceList(pos, args[1])
	if err != nil {
		return nil, err
	}
	out := make([]Value, 0, len(l.Elems))
	for _, e := range l.Elems {
		keep, err := callBool(ev, pos, f, e)
		if err != nil {
			return nil, err
		}
		if keep {
			out = append(out, e)
		}
	}
	if len(out) == len(l.Elems) {
		return l, nil
	}
	return &List{Elems: out}, nil
}

func concatListValues(ev *Evaluator, pos Pos, lists []Value) (Value, error) {
	var out []Value
	for _, x := range lists {
		l, err := ev.ForceList(pos, x)
		if err != nil {
			return nil, err
		}
		out = append(out, l.Elems...)
	}
	return &List{Elems: out}, nil
}

func primConcatLists(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	l, err := ev.ForceList(pos, args[0])
	if err != nil {
		return nil, err
	}
	return concatListValues(ev, pos, l.Elems)
}

func primConcatMap(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	f, err := ev.ForceFunction(pos, args[0])
	if err != nil {
		return nil, err
	}
	l, err := ev.ForceList(pos, args[1])
	if err != nil {
		return nil, err
	}
	parts := make([]Value, len(l.Elems))
	for i, e := range l.Elems {
		r, err := ev.Call(pos, f, e)
		if err != nil {
			return nil, err
		}
		parts[i] = r
	}
	return concatListValues(ev, pos, parts)
}

func primFoldl(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	if _, err := ev.ForceFunction(pos, args[0]); err != nil {
		return nil, err
	}
	l, err := ev.ForceList(pos, args[2])
	if err != nil {
		return nil, err
	}
	acc := args[1]
	if len(l.Elems) == 0 {
		return ev.Force(acc)
	}
	for _, e := range l.Elems {
		acc, err = ev.Call(pos, args[0], acc, e)
		if err != nil {
			return nil, err
		}
	}
	return acc, nil
}

func primGenList(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	n, err := ev.ForceInt(pos, args[1])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, ev.Errorf(pos, "cannot create list of size %d", n)
	}
	if n > 1<<28 {
		return nil, errKind(ErrLimit, pos, "cannot create list of size %d: too large for this evaluator", n)
	}
	// The arguments are integers, which keep nothing alive: the delayed
	// calls' thunks and frames are allocated together, and with the list
	// and their shared code when the list is short.
	var (
		l     *List
		calls *lazyCalls
		cs    []genCall
	)
	switch n {
	case 1:
		l, calls, cs = newGenList[[1]Value, [1]genCall](1)
	case 2:
		l, calls, cs = newGenList[[2]Value, [2]genCall](2)
	case 3:
		l, calls, cs = newGenList[[3]Value, [3]genCall](3)
	case 4:
		l, calls, cs = newGenList[[4]Value, [4]genCall](4)
	case 5:
		l, calls, cs = newGenList[[5]Value, [5]genCall](5)
	case 6:
		l, calls, cs = newGenList[[6]Value, [6]genCall](6)
	default:
		l, calls, cs = &List{Elems: make([]Value, n)}, &lazyCalls{}, make([]genCall, n)
	}
	calls.pos, calls.fn = pos, args[0]
	calls.self = calls
	for i := range l.Elems {
		c := &cs[i]
		c.frame.first = Int(i)
		c.thunk.Env, c.thunk.code = &c.frame, &calls.self
		l.Elems[i] = &c.thunk
	}
	return l, nil
}

// genCall is a delayed call of genList's function: its thunk and the
// frame holding the index.
type genCall struct {
	thunk Thunk
	frame Env
}

// genListOf is a list built by genList in one allocation with its
// delayed calls and their code (V and C are arrays of Value and genCall
// of the same length).
type genListOf[V, C any] struct {
	l     List
	calls lazyCalls
	elems V
	cs    C
}

// newGenList returns a list of n elements, the code its delayed calls
// share and n delayed calls, allocated together (n is the length of V
// and C).
func newGenList[V, C any](n int) (*List, *lazyCalls, []genCall) {
	x := new(genListOf[V, C])
	x.l.Elems = unsafe.Slice((*Value)(unsafe.Pointer(&x.elems)), n)
	return &x.l, &x.calls, unsafe.Slice((*genCall)(unsafe.Pointer(&x.cs)), n)
}

func primSort(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	if _, err := ev.ForceFunction(pos, args[0]); err != nil {
		return nil, err
	}
	l, err := ev.ForceList(pos, args[1])
	if err != nil {
		return nil, err
	}
	elems := make([]Value, len(l.Elems))
	for i, e := range l.Elems {
		if elems[i], err = ev.Force(e); err != nil {
			return nil, err
		}
	}
	cmp, _ := ev.Force(args[0])
	// Like Nix, compare directly when the comparator is builtins.lessThan.
	direct := false
	if op, ok := cmp.(*PrimOp); ok && op.Name == "lessThan" {
		direct = true
	}
	var firstErr error
	less := func(a, b Value) bool {
		if firstErr != nil {
			return false
		}
		var lt bool
		var err error
		if direct {
			lt, err = ev.Less(pos, a, b)
		} else {
			lt, err = callBool(ev, pos, cmp, a, b)
		}
		if err != nil {
			firstErr = err
			return false
		}
		return lt
	}
	stableSort(elems, less)
	if firstErr != nil {
		return nil, firstErr
	}
	return &List{Elems: elems}, nil
}

func primPartition(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	f, err := ev.ForceFunction(pos, args[0])
	if err != nil {
		return nil, err
	}
	l, err := ev.ForceList(pos, args[1])
	if err != nil {
		return nil, err
	}
	var right, wrong []Value
	for _, e := range l.Elems {
		ok, err := callBool(ev, pos, f, e)
		if err != nil {
			return nil, err
		}
		if ok {
			right = append(right, e)
		} else {
			wrong = append(wrong, e)
		}
	}
	return NewAttrs([]Attr{
		{Name: "right", Value: &List{Elems: right}},
		{Name: "wrong", Value: &List{Elems: wrong}},
	}), nil
}

func primGroupBy(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	f, err := ev.ForceFunction(pos, args[0])
	if err != nil {
		return nil, err
	}
	l, err := ev.ForceList(pos, args[1])
	if err != nil {
		return nil, err
	}
	groups := map[string][]Value{}
	var order []string
	for _, e := range l.Elems {
		k, err := ev.Call(pos, f, e)
		if err != nil {
			return nil, err
		}
		name, err := ev.ForceString(pos, k)
		if err != nil {
			return nil, err
		}
		if _, ok := groups[name]; !ok {
			order = append(order, name)
		}
		groups[name] = append(groups[name], e)
	}
	entries := make([]Attr, 0, len(order))
	for _, name := range order {
		entries = append(entries, Attr{Name: name, Value: &List{Elems: groups[name]}})
	}
	return NewAttrs(entries), nil
}

func allAnyPrim(name string, any bool) *PrimOp {
	return &PrimOp{Name: name, Arity: 2, Fn: func(ev *Evaluator, pos Pos, args []Value) (Value, error) {
		f, err := ev.ForceFunction(pos, args[0])
		if err != nil {
			return nil, err
		}
		l, err := ev.ForceList(pos, args[1])
		if err != nil {
			return nil, err
		}
		for _, e := range l.Elems {
			ok, err := callBool(ev, pos, f, e)
			if err != nil {
				return nil, err
			}
			if ok == any {
				return Bool(any), nil
			}
		}
		return Bool(!any), nil
	}}
}

func primMap(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	l, err := ev.ForceList(pos, args[1])
	if err != nil {
		return nil, err
	}
	out := make([]Value, len(l.Elems))
	calls := newLazyCalls(pos, args[0], false)
	for i, e := range l.Elems {
		out[i] = calls.call1(e)
	}
	return &List{Elems: out}, nil
}

var listPrimOps = []*PrimOp{
	{Name: "length", Arity: 1, Fn: primLength},
	{Name: "head", Arity: 1, Fn: primHead},
	{Name: "tail", Arity: 1, Fn: primTail},
	{Name: "elemAt", Arity: 2, Fn: primElemAt},
	{Name: "elem", Arity: 2, Fn: primElem},
	{Name: "filter", Arity: 2, Fn: primFilter},
	{Name: "concatLists", Arity: 1, Fn: primConcatLists},
	{Name: "concatMap", Arity: 2, Fn: primConcatMap},
	{Name: "foldl'", Arity: 3, Fn: primFoldl},
	{Name: "genList", Arity: 2, Fn: primGenList},
	{Name: "sort", Arity: 2, Fn: primSort},
	{Name: "partition", Arity: 2, Fn: primPartition},
	{Name: "groupBy", Arity: 2, Fn: primGroupBy},
	allAnyPrim("all", false),
	allAnyPrim("any", true),
	{Name: "map", Arity: 2, Fn: primMap},
}
