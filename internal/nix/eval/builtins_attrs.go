package eval

// Attribute set builtins.

func primAttrNames(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	a, err := ev.ForceAttrs(pos, args[0])
	if err != nil {
		return nil, err
	}
	out := make([]Value, len(a.Entries))
	for i, e := range a.Entries {
		out[i] = String(e.Name)
	}
	return &List{Elems: out}, nil
}

func primAttrValues(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	a, err := ev.ForceAttrs(pos, args[0])
	if err != nil {
		return nil, err
	}
	out := make([]Value, len(a.Entries))
	for i, e := range a.Entries {
		out[i] = e.Value
	}
	return &List{Elems: out}, nil
}

func primGetAttr(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	name, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	a, err := ev.ForceAttrs(pos, args[1])
	if err != nil {
		return nil, err
	}
	at, ok := a.Get(name)
	if !ok {
		return nil, ev.Errorf(pos, "attribute '%s' missing for call to 'getAttr'", name)
	}
	return at.Value, nil
}

func primHasAttr(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	name, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	a, err := ev.ForceAttrs(pos, args[1])
	if err != nil {
		return nil, err
	}
	_, ok := a.Get(name)
	return Bool(ok), nil
}

func primCatAttrs(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	name, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	l, err := ev.ForceList(pos, args[1])
	if err != nil {
		return nil, err
	}
	var out []Value
	for _, e := range l.Elems {
		a, err := ev.ForceAttrs(pos, e)
		if err != nil {
			return nil, err
		}
		if at, ok := a.Get(name); ok {
			out = append(out, at.Value)
		}
	}
	return &List{Elems: out}, nil
}

func primMapAttrs(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	a, err := ev.ForceAttrs(pos, args[1])
	if err != nil {
		return nil, err
	}
	out := make([]Attr, len(a.Entries))
	calls := newLazyCalls(pos, args[0], true)
	for i, e := range a.Entries {
		// Nix 2.8 does not keep attribute positions through mapAttrs.
		out[i] = Attr{Name: e.Name, Value: calls.call2(String(e.Name), e.Value)}
	}
	return &Attrs{Entries: out}, nil
}

func primIntersectAttrs(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	a, err := ev.ForceAttrs(pos, args[0])
	if err != nil {
		return nil, err
	}
	b, err := ev.ForceAttrs(pos, args[1])
	if err != nil {
		return nil, err
	}
	var out []Attr
	for _, e := range b.Entries {
		if _, ok := a.Get(e.Name); ok {
			out = append(out, e)
		}
	}
	return &Attrs{Entries: out}, nil
}

func primFunctionArgs(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	v, err := ev.Force(args[0])
	if err != nil {
		return nil, err
	}
	switch f := v.(type) {
	case *PrimOp, *PrimOpApp:
		return &Attrs{}, nil
	case *Lambda:
		if f.Fn == nil || f.Fn.Formals == nil {
			return &Attrs{}, nil
		}
		out := make([]Attr, 0, len(f.Fn.Formals.Items))
		for _, fm := range f.Fn.Formals.Items {
			out = append(out, Attr{
				Name:  fm.Name,
				Value: Bool(fm.Default != nil),
				Pos:   &Pos{File: f.Position().File, Start: int32(fm.Pos), End: int32(fm.End)},
			})
		}
		return NewAttrs(out), nil
	}
	return nil, ev.Errorf(pos, "'functionArgs' requires a function")
}

func primZipAttrsWith(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	if _, err := ev.ForceFunction(pos, args[0]); err != nil {
		return nil, err
	}
	l, err := ev.ForceList(pos, args[1])
	if err != nil {
		return nil, err
	}
	values := map[string][]Value{}
	var names []string
	for _, e := range l.Elems {
		a, err := ev.ForceAttrs(pos, e)
		if err != nil {
			return nil, err
		}
		for _, at := range a.Entries {
			if _, ok := values[at.Name]; !ok {
				names = append(names, at.Name)
			}
			values[at.Name] = append(values[at.Name], at.Value)
		}
	}
	out := make([]Attr, len(names))
	calls := newLazyCalls(pos, args[0], true)
	for i, n := range names {
		out[i] = Attr{Name: n, Value: calls.call2(String(n), &List{Elems: values[n]})}
	}
	return NewAttrs(out), nil
}

func primRemoveAttrs(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	a, err := ev.ForceAttrs(pos, args[0])
	if err != nil {
		return nil, err
	}
	l, err := ev.ForceList(pos, args[1])
	if err != nil {
		return nil, err
	}
	drop := map[string]bool{}
	for _, e := range l.Elems {
		s, err := ev.ForceString(pos, e)
		if err != nil {
			return nil, err
		}
		drop[s] = true
	}
	out := make([]Attr, 0, len(a.Entries))
	for _, e := range a.Entries {
		if !drop[e.Name] {
			out = append(out, e)
		}
	}
	return &Attrs{Entries: out}, nil
}

func primListToAttrs(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	l, err := ev.ForceList(pos, args[0])
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	out := make([]Attr, 0, len(l.Elems))
	for _, e := range l.Elems {
		a, err := ev.ForceAttrs(pos, e)
		if err != nil {
			return nil, err
		}
		n, ok := a.Get("name")
		if !ok {
			return nil, ev.Errorf(pos, "attribute 'name' missing for call to 'listToAttrs'")
		}
		name, err := ev.ForceString(pos, n.Value)
		if err != nil {
			return nil, err
		}
		if seen[name] {
			continue
		}
		v, ok := a.Get("value")
		if !ok {
			return nil, ev.Errorf(pos, "attribute 'value' missing for call to 'listToAttrs'")
		}
		seen[name] = true
		out = append(out, Attr{Name: name, Value: v.Value, Pos: v.Pos})
	}
	return NewAttrs(out), nil
}

// closureKeys is the set of keys genericClosure has seen, kept sorted with
// the evaluator's `<` as Nix keeps them in an ordered set.
type closureKeys struct {
	keys []Value
}

// insert adds k unless an equal key (neither less than the other) is
// present, and reports whether it was added. Like an ordered set's insert,
// it compares the new key with existing ones (new key first), so type
// errors read as in Nix.
func (c *closureKeys) insert(ev *Evaluator, pos Pos, k Value) (bool, error) {
	lo, hi := 0, len(c.keys)
	for lo < hi {
		m := (lo + hi) / 2
		lt, err := ev.Less(pos, k, c.keys[m])
		if err != nil {
			return false, err
		}
		if lt {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if lo > 0 {
		lt, err := ev.Less(pos, c.keys[lo-1], k)
		if err != nil {
			return false, err
		}
		if !lt {
			return false, nil
		}
	}
	c.keys = append(c.keys, nil)
	copy(c.keys[lo+1:], c.keys[lo:])
	c.keys[lo] = k
	return true, nil
}

func primGenericClosure(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	a, err := ev.ForceAttrs(pos, args[0])
	if err != nil {
		return nil, err
	}
	start, ok := a.Get("startSet")
	if !ok {
		return nil, ev.Errorf(pos, "attribute 'startSet' missing for call to 'genericClosure'")
	}
	startList, err := ev.ForceList(pos, start.Value)
	if err != nil {
		return nil, err
	}
	op, ok := a.Get("operator")
	if !ok {
		return nil, ev.Errorf(pos, "attribute 'operator' missing for call to 'genericClosure'")
	}
	work := append([]Value(nil), startList.Elems...)
	var done closureKeys
	var res []Value
	for len(work) > 0 {
		e := work[0]
		work = work[1:]
		ea, err := ev.ForceAttrs(pos, e)
		if err != nil {
			return nil, err
		}
		key, ok := ea.Get("key")
		if !ok {
			return nil, ev.Errorf(pos, "attribute 'key' required")
		}
		k, err := ev.Force(key.Value)
		if err != nil {
			return nil, err
		}
		added, err := done.insert(ev, pos, k)
		if err != nil {
			return nil, err
		}
		if !added {
			continue
		}
		res = append(res, ea)
		if err := ev.Context().Err(); err != nil {
			return nil, errKind(ErrCancelled, pos, "evaluation cancelled: %v", err)
		}
		next, err := ev.Call(pos, op.Value, ea)
		if err != nil {
			return nil, err
		}
		nl, err := ev.ForceList(pos, next)
		if err != nil {
			return nil, err
		}
		work = append(work, nl.Elems...)
	}
	return &List{Elems: res}, nil
}

func primUnsafeGetAttrPos(ev *Evaluator, pos Pos, args []Value) (Value, error) {
	name, err := ev.ForceString(pos, args[0])
	if err != nil {
		return nil, err
	}
	a, err := ev.ForceAttrs(pos, args[1])
	if err != nil {
		return nil, err
	}
	at, ok := a.Get(name)
	if !ok || !at.Position().Known() {
		return Null{}, nil
	}
	return posToAttrs(at.Position()), nil
}

// posToAttrs is the { file; line; column; } set Nix builds for a position.
func posToAttrs(p Pos) *Attrs {
	line, col := p.Line()
	return NewAttrs([]Attr{
		{Name: "column", Value: Int(col)},
		{Name: "file", Value: String(p.File.Name)},
		{Name: "line", Value: Int(line)},
	})
}

var attrPrimOps = []*PrimOp{
	{Name: "attrNames", Arity: 1, Fn: primAttrNames},
	{Name: "attrValues", Arity: 1, Fn: primAttrValues},
	{Name: "getAttr", Arity: 2, Fn: primGetAttr},
	{Name: "hasAttr", Arity: 2, Fn: primHasAttr},
	{Name: "catAttrs", Arity: 2, Fn: primCatAttrs},
	{Name: "mapAttrs", Arity: 2, Fn: primMapAttrs},
	{Name: "intersectAttrs", Arity: 2, Fn: primIntersectAttrs},
	{Name: "functionArgs", Arity: 1, Fn: primFunctionArgs},
	{Name: "zipAttrsWith", Arity: 2, Fn: primZipAttrsWith},
	{Name: "genericClosure", Arity: 1, Fn: primGenericClosure},
	{Name: "removeAttrs", Arity: 2, Fn: primRemoveAttrs},
	{Name: "listToAttrs", Arity: 1, Fn: primListToAttrs},
	{Name: "unsafeGetAttrPos", Arity: 2, Fn: primUnsafeGetAttrPos},
}
