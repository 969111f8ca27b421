package module

import (
	"fmt"
	"sort"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// mergeHelpers are the Nix values the native container merges call or
// compare with, from the set types.nix passes first.
type mergeHelpers struct {
	checkAndMerge eval.Value // lib.modules.checkAndMerge (loc type defs)
	mergeDefs     eval.Value // lib.modules.mergeDefinitions (loc type defs)
	mergeEqual    eval.Value // options.mergeEqualOption
	mergeOne      eval.Value // options.mergeOneOption
	submoduleHead eval.Value // the headError of submodules
	defPos        eval.Value // options.defPos
	checks        map[*eval.PrimOp]func(eval.Value) bool
}

// containerOp is types.nix's nativeMerge: (helpers kind lazy elemType
// nixMerge) applied first, then the merge's (loc defs). kind is "attrs"
// (attrsOf, lazyAttrsOf), "list" (listOf) or "nullOr". It computes what
// the Nix merge computes for the usual shapes (definitions without
// properties), making the same calls of the element type's check and
// merge, and calls nixMerge for every other input and whenever its own
// reading of the definitions fails. An element's error (raised when the
// element is read) comes from the same calls the Nix merge makes.
//
// The Go mergeLevel calls it directly (mergeDirect) for an option whose
// type's merge it is, without the definition records until they are needed.
type containerOp struct {
	op      *eval.PrimOp
	helpers helperCache[*mergeHelpers]
}

func newContainerOp() *containerOp {
	c := &containerOp{}
	c.op = &eval.PrimOp{Name: "containerMerge", Arity: 7, Fn: func(ev *eval.Evaluator, pos eval.Pos, args []eval.Value) (eval.Value, error) {
		defs, err := defInputs(ev, args[6])
		if err != nil {
			if fatal(err) {
				return nil, err
			}
			defs = nil // the Nix merge reports it
		}
		return c.merge(ev, pos, args[:5], args[5], defs, args[6])
	}}
	return c
}

// mergeDirect is the merge of app (a partial application of c.op to its
// first five arguments) at loc, of the definitions defs.
func (c *containerOp) mergeDirect(ev *eval.Evaluator, app *eval.PrimOpApp, loc eval.Value, defs []*defInput) (eval.Value, error) {
	return c.merge(ev, eval.Pos{}, app.Args, loc, defs, nil)
}

// merge is the merge with the first five arguments args at loc. defs are
// the definitions, nil when they could not be read; list is their Nix
// list, or nil to make it from defs when the Nix merge needs it.
func (c *containerOp) merge(ev *eval.Evaluator, pos eval.Pos, args []eval.Value, loc eval.Value, defs []*defInput, list eval.Value) (eval.Value, error) {
	helpers, err := c.helpers.get(ev, pos, args[0], newMergeHelpers)
	if err != nil {
		return nil, err
	}
	kind, err := ev.ForceString(pos, args[1])
	if err != nil {
		return nil, err
	}
	lazy, err := ev.ForceBool(pos, args[2])
	if err != nil {
		return nil, err
	}
	m := containerMerge{ev: ev, h: helpers, elemType: args[3], loc: loc}
	var v eval.Value
	if defs != nil {
		switch kind {
		case "attrs":
			v, err = m.attrs(defs, lazy)
		case "list":
			v, err = m.list(defs)
		case "nullOr":
			v, err = m.nullOr(defs)
		default:
			return nil, ev.Errorf(pos, "native containerMerge: unknown kind %q", kind)
		}
	}
	switch {
	case err != nil && fatal(err):
		return nil, err
	case err == nil && v != nil:
		return v, nil
	}
	// Not a shape computed here, or it failed: the Nix merge gives the
	// result or its own error.
	if list == nil {
		list = nixDefs(defs)
	}
	r, err := ev.Call(pos, args[4], loc, list)
	if err != nil {
		return nil, err
	}
	return ev.Force(r)
}

// defInput is one definition given to a container merge: its file and
// value, and its record ({ file, pos, value, ... }) or what makes it.
type defInput struct {
	file, value eval.Value
	rec         eval.Value // the record, once made
	src         *defSet    // with name: the level definition the record is made from
	name        string
	pos         eval.Value // options.defPos of the record, once asked for
}

// record returns the definition's record.
func (d *defInput) record() eval.Value {
	if d.rec == nil {
		d.rec = d.src.record(d.name, d.value)
	}
	return d.rec
}

// defPos is options.defPos of the record, lazily.
func (d *defInput) defPos(ev *eval.Evaluator, defPos eval.Value) eval.Value {
	if d.pos == nil {
		d.pos = eval.NewLazy(func() (eval.Value, error) { return ev.Call(eval.Pos{}, defPos, d.record()) })
	}
	return d.pos
}

// defInputs reads a Nix list of definition records.
func defInputs(ev *eval.Evaluator, list eval.Value) ([]*defInput, error) {
	dl, err := ev.ForceList(eval.Pos{}, list)
	if err != nil {
		return nil, err
	}
	out := make([]*defInput, len(dl.Elems))
	store := make([]defInput, len(dl.Elems))
	for i, d := range dl.Elems {
		rec, err := ev.ForceAttrs(eval.Pos{}, d)
		if err != nil {
			return nil, err
		}
		fa, ok1 := rec.Get("file")
		va, ok2 := rec.Get("value")
		if !ok1 || !ok2 {
			return nil, ev.Errorf(eval.Pos{}, "native containerMerge: a definition without file or value")
		}
		store[i] = defInput{file: fa.Value, value: va.Value, rec: rec}
		out[i] = &store[i]
	}
	return out, nil
}

// nixDefs is the Nix list of the definitions' records.
func nixDefs(defs []*defInput) *eval.List {
	recs := make([]eval.Value, len(defs))
	for i, d := range defs {
		recs[i] = d.record()
	}
	return &eval.List{Elems: recs}
}

func newMergeHelpers(ev *eval.Evaluator, set *eval.Attrs) (*mergeHelpers, error) {
	h := &mergeHelpers{checks: knownChecks(ev)}
	err := readHelpers(ev, set, "containerMerge", []helperField{
		{"checkAndMerge", &h.checkAndMerge}, {"mergeDefinitions", &h.mergeDefs}, {"mergeEqual", &h.mergeEqual}, {"mergeOne", &h.mergeOne}, {"defPos", &h.defPos},
		{"submoduleHeadError", &h.submoduleHead},
	})
	if err != nil {
		return nil, err
	}
	return h, nil
}

// nullOrCheckOp returns types.nix's nullOrCheck (elemType x): x is null or
// passes the element type's check, as `x == null || elemType.check x'.
func nullOrCheckOp() *eval.PrimOp {
	return &eval.PrimOp{Name: "nullOrCheck", Arity: 2, Fn: func(ev *eval.Evaluator, pos eval.Pos, args []eval.Value) (eval.Value, error) {
		x, err := ev.Force(args[1])
		if err != nil {
			return nil, err
		}
		if _, null := x.(eval.Null); null {
			return eval.Bool(true), nil
		}
		et, err := ev.ForceAttrs(pos, args[0])
		if err != nil {
			return nil, err
		}
		ca, ok := et.Get("check")
		if !ok {
			return nil, ev.Errorf(pos, "attribute 'check' missing")
		}
		r, err := ev.Call(pos, ca.Value, x)
		if err != nil {
			return nil, err
		}
		b, err := ev.ForceBool(pos, r)
		if err != nil {
			return nil, err
		}
		return eval.Bool(b), nil
	}}
}

// intRangeOp is types.nix's intRange (lo hi x): `isInt x && x >= lo &&
// x <= hi'.
var intRangeOp = &eval.PrimOp{Name: "intRange", Arity: 3, Fn: func(ev *eval.Evaluator, pos eval.Pos, args []eval.Value) (eval.Value, error) {
	return intBetween(ev, pos, args[2], args[0], args[1])
}}

// intAtLeastOp is types.nix's intAtLeast (lo x): `isInt x && x >= lo'.
var intAtLeastOp = &eval.PrimOp{Name: "intAtLeast", Arity: 2, Fn: func(ev *eval.Evaluator, pos eval.Pos, args []eval.Value) (eval.Value, error) {
	return intBetween(ev, pos, args[1], args[0], nil)
}}

// intBetween is `isInt x && x >= lo && x <= hi' (no upper bound when hi is
// nil), the bounds forced only when x is an integer, as && does.
func intBetween(ev *eval.Evaluator, pos eval.Pos, x, lo, hi eval.Value) (eval.Value, error) {
	xv, err := ev.Force(x)
	if err != nil {
		return nil, err
	}
	n, ok := xv.(eval.Int)
	if !ok {
		return eval.Bool(false), nil
	}
	l, err := ev.Force(lo)
	if err != nil {
		return nil, err
	}
	if ok, err := ev.Less(pos, n, l); err != nil || ok {
		return eval.Bool(false), err
	}
	if hi == nil {
		return eval.Bool(true), nil
	}
	h, err := ev.Force(hi)
	if err != nil {
		return nil, err
	}
	above, err := ev.Less(pos, h, n)
	return eval.Bool(!above), err
}

// knownChecks are the builtins used as a type's check that Go answers
// without a call.
func knownChecks(ev *eval.Evaluator) map[*eval.PrimOp]func(eval.Value) bool {
	checks := map[*eval.PrimOp]func(eval.Value) bool{}
	for name, fn := range map[string]func(eval.Value) bool{
		"isString": func(v eval.Value) bool { _, ok := v.(eval.String); return ok },
		"isInt":    func(v eval.Value) bool { _, ok := v.(eval.Int); return ok },
		"isBool":   func(v eval.Value) bool { _, ok := v.(eval.Bool); return ok },
		"isAttrs":  func(v eval.Value) bool { _, ok := v.(*eval.Attrs); return ok },
		"isList":   func(v eval.Value) bool { _, ok := v.(*eval.List); return ok },
	} {
		if op, ok := ev.PrimOpByName(name); ok {
			checks[op] = fn
		}
	}
	return checks
}

// containerMerge is one call of a container type's merge.
type containerMerge struct {
	ev       *eval.Evaluator
	h        *mergeHelpers
	elemType eval.Value
	loc      eval.Value
}

// attrSource is a definition of an attribute set being merged.
type attrSource struct {
	def *defInput
	set *eval.Attrs
}

// attrs is the merge of attrsOf (lazy false) and lazyAttrsOf (lazy true)
// as types.nix computes it, each value merged on its own, lazily:
//   - attrsOf: definitions in which no value is a property (mkIf, ...);
//     a name defined once merges its one value, a name defined several
//     times goes to lib.modules.checkAndMerge;
//   - lazyAttrsOf: any definitions; a name defined once by a value that is
//     not a property merges it, others go to lib.modules.mergeDefinitions,
//     an undefined result being the type's empty value.
func (m containerMerge) attrs(defs []*defInput, lazy bool) (eval.Value, error) {
	ev := m.ev
	sources := make([]attrSource, len(defs))
	total := 0
	for i, d := range defs {
		set, err := ev.ForceAttrs(eval.Pos{}, d.value)
		if err != nil {
			return nil, err
		}
		if !lazy {
			for _, a := range set.Entries {
				x, err := ev.Force(a.Value)
				if err != nil {
					return nil, err
				}
				if isProperty(x) {
					return nil, nil
				}
			}
		}
		sources[i] = attrSource{def: d, set: set}
		total += len(set.Entries)
	}
	if len(sources) == 1 {
		s := sources[0]
		var plain func(eval.Value) bool
		if !lazy {
			plain = m.plainElements()
		}
		out := make([]eval.Attr, len(s.set.Entries))
		for i, a := range s.set.Entries {
			if plain != nil {
				if x, _ := ev.Force(a.Value); plain(x) { // forced above
					out[i] = eval.Attr{Name: a.Name, Value: x}
					continue
				}
			}
			out[i] = eval.Attr{Name: a.Name, Value: m.attrValue(a.Name, []attrDef{{&sources[0], a.Value}}, lazy)}
		}
		return &eval.Attrs{Entries: out}, nil
	}
	// The names of all definitions, in order, each with its definitions
	// in definition order (defsPerName).
	all := make([]attrDef, 0, total)
	names := make([]string, 0, total)
	for i := range sources {
		for _, a := range sources[i].set.Entries {
			all = append(all, attrDef{&sources[i], a.Value})
			names = append(names, a.Name)
		}
	}
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return names[order[i]] < names[order[j]] })
	var out []eval.Attr
	for k := 0; k < len(order); {
		name := names[order[k]]
		var ds []attrDef
		for ; k < len(order) && names[order[k]] == name; k++ {
			ds = append(ds, all[order[k]])
		}
		out = append(out, eval.Attr{Name: name, Value: m.attrValue(name, ds, lazy)})
	}
	return &eval.Attrs{Entries: out}, nil
}

// attrDef is one definition of one name of an attribute set.
type attrDef struct {
	src   *attrSource
	value eval.Value
}

// record is the definition record types.nix makes for it.
func (d attrDef) record(m containerMerge, name string) eval.Value {
	return &eval.Attrs{Entries: []eval.Attr{
		{Name: "file", Value: d.src.def.file},
		{Name: "pos", Value: d.src.def.defPos(m.ev, m.h.defPos)},
		{Name: "posName", Value: eval.String(name)},
		{Name: "posSet", Value: d.src.set},
		{Name: "value", Value: d.value},
	}}
}

// attrValue is the merged value of one name, lazily.
func (m containerMerge) attrValue(name string, ds []attrDef, lazy bool) eval.Value {
	return eval.NewLazy(func() (eval.Value, error) {
		ev := m.ev
		if len(ds) == 1 {
			x, err := ev.Force(ds[0].value)
			if err != nil {
				return nil, err
			}
			if !lazy || !isProperty(x) {
				return m.element(x, eval.String(name), func() eval.Value { return ds[0].record(m, name) })
			}
		}
		recs := make([]eval.Value, len(ds))
		for i, d := range ds {
			recs[i] = d.record(m, name)
		}
		list := &eval.List{Elems: recs}
		if !lazy {
			return ev.Call(eval.Pos{}, m.h.checkAndMerge, m.sub(eval.String(name)), m.elemType, list)
		}
		return m.general(name, list)
	})
}

// general is lazyAttrsOf's value of a name that is not the usual case:
// lib.modules.mergeDefinitions' merged value when it is defined, otherwise
// the type's empty value (or the merged value, which reports the missing
// definition).
func (m containerMerge) general(name string, recs *eval.List) (eval.Value, error) {
	ev := m.ev
	r, err := ev.Call(eval.Pos{}, m.h.mergeDefs, m.sub(eval.String(name)), m.elemType, recs)
	if err != nil {
		return nil, err
	}
	const what = "native containerMerge: mergeDefinitions' result"
	defined, err := attrOf(ev, r, "isDefined", what)
	if err != nil {
		return nil, err
	}
	if b, err := ev.ForceBool(eval.Pos{}, defined); err != nil || b {
		if err != nil {
			return nil, err
		}
		return attrOf(ev, r, "mergedValue", what)
	}
	// elemType.emptyValue.value or r.mergedValue
	et, err := ev.ForceAttrs(eval.Pos{}, m.elemType)
	if err != nil {
		return nil, err
	}
	if ea, ok := et.Get("emptyValue"); ok {
		e, err := ev.Force(ea.Value)
		if err != nil {
			return nil, err
		}
		if es, ok := e.(*eval.Attrs); ok {
			if v, ok := es.Get("value"); ok {
				return ev.Force(v.Value)
			}
		}
	}
	return attrOf(ev, r, "mergedValue", what)
}

// list is listOf's merge when no element of any definition is a property:
// the elements in order, each merged on its own, lazily.
func (m containerMerge) list(defs []*defInput) (eval.Value, error) {
	ev := m.ev
	type source struct {
		def  *defInput
		list *eval.List
	}
	sources := make([]source, len(defs))
	n := 0
	for i, d := range defs {
		l, err := ev.ForceList(eval.Pos{}, d.value)
		if err != nil {
			return nil, err
		}
		for _, x := range l.Elems {
			xv, err := ev.Force(x)
			if err != nil {
				return nil, err
			}
			if isProperty(xv) {
				return nil, nil
			}
		}
		sources[i] = source{def: d, list: l}
		n += len(l.Elems)
	}
	plain := m.plainElements()
	out := make([]eval.Value, 0, n)
	for i, s := range sources {
		for j, x := range s.list.Elems {
			if plain != nil {
				if xv, _ := ev.Force(x); plain(xv) { // forced above
					out = append(out, xv)
					continue
				}
			}
			out = append(out, eval.NewLazy(func() (eval.Value, error) {
				label := eval.String(fmt.Sprintf("[definition %d-entry %d]", i+1, j+1))
				rec := func() eval.Value {
					return &eval.Attrs{Entries: []eval.Attr{
						{Name: "file", Value: s.def.file},
						{Name: "pos", Value: s.def.defPos(ev, m.h.defPos)},
						{Name: "value", Value: x},
					}}
				}
				return m.element(x, label, rec)
			}))
		}
	}
	return &eval.List{Elems: out}, nil
}

// nullOr is nullOr's merge for one definition: null, or the element type's
// merge.
func (m containerMerge) nullOr(defs []*defInput) (eval.Value, error) {
	if len(defs) != 1 {
		return nil, nil
	}
	v, err := m.ev.Force(defs[0].value)
	if err != nil {
		return nil, err
	}
	if _, null := v.(eval.Null); null {
		return eval.Null{}, nil
	}
	et, err := m.ev.ForceAttrs(eval.Pos{}, m.elemType)
	if err != nil {
		return nil, err
	}
	ma, ok := et.Get("merge")
	if !ok {
		return nil, nil
	}
	mf, err := m.ev.Force(ma.Value)
	if err != nil {
		return nil, err
	}
	if mf == m.h.mergeEqual || mf == m.h.mergeOne {
		return v, nil
	}
	r, err := m.ev.Call(eval.Pos{}, mf, m.loc, nixDefs(defs))
	if err != nil {
		return nil, err
	}
	return m.ev.Force(r)
}

// element merges one element x (already forced) at loc ++ [ label ] as
// types.nix does: if the element type has no head check and x passes its
// check, the element type's merge of the one record, else
// lib.modules.checkAndMerge (which reports the type error).
func (m containerMerge) element(x, label eval.Value, rec func() eval.Value) (eval.Value, error) {
	ev := m.ev
	et, err := ev.ForceAttrs(eval.Pos{}, m.elemType)
	if err != nil {
		return nil, err
	}
	xv, err := ev.Force(x)
	if err != nil {
		return nil, err
	}
	if _, has := et.Get("headError"); !has {
		good, err := m.check(et, xv)
		if err != nil {
			return nil, err
		}
		if good {
			ma, ok := et.Get("merge")
			if !ok {
				return nil, ev.Errorf(eval.Pos{}, "attribute 'merge' missing")
			}
			mf, err := ev.Force(ma.Value)
			if err != nil {
				return nil, err
			}
			if mf == m.h.mergeEqual || mf == m.h.mergeOne {
				return xv, nil // one definition: its value
			}
			r, err := ev.Call(eval.Pos{}, mf, m.sub(label), &eval.List{Elems: []eval.Value{rec()}})
			if err != nil {
				return nil, err
			}
			return ev.Force(r)
		}
	}
	if ha, has := et.Get("headError"); has {
		// lib.modules.checkAndMerge of a submodule whose one definition
		// passes its head check: the type's merge.
		he, err := ev.Force(ha.Value)
		if err != nil {
			return nil, err
		}
		if he == m.h.submoduleHead && submoduleValue(xv) {
			if ma, ok := et.Get("merge"); ok {
				r, err := ev.Call(eval.Pos{}, ma.Value, m.sub(label), &eval.List{Elems: []eval.Value{rec()}})
				if err != nil {
					return nil, err
				}
				return ev.Force(r)
			}
		}
	}
	r, err := ev.Call(eval.Pos{}, m.h.checkAndMerge, m.sub(label), m.elemType, &eval.List{Elems: []eval.Value{rec()}})
	if err != nil {
		return nil, err
	}
	return ev.Force(r)
}

// submoduleValue reports whether a forced value passes a submodule's
// check: an attribute set, a function or a path.
func submoduleValue(x eval.Value) bool {
	switch x.(type) {
	case *eval.Attrs, eval.Path:
		return true
	}
	return eval.IsFunction(x)
}

// plainElements returns, when the element type merges a single value that
// passes its check into that value without a call (no head check, a check
// Go knows, mergeEqualOption or mergeOneOption), that check; nil otherwise
// (and when the element type cannot be read: the lazy path reports it).
// An element that passes the check is then its own merged value, computed
// without delay: nothing in it can fail.
func (m containerMerge) plainElements() func(eval.Value) bool {
	et, err := m.ev.ForceAttrs(eval.Pos{}, m.elemType)
	if err != nil {
		return nil
	}
	if _, has := et.Get("headError"); has {
		return nil
	}
	ma, ok1 := et.Get("merge")
	ca, ok2 := et.Get("check")
	if !ok1 || !ok2 {
		return nil
	}
	mf, err := m.ev.Force(ma.Value)
	if err != nil || (mf != m.h.mergeEqual && mf != m.h.mergeOne) {
		return nil
	}
	cf, err := m.ev.Force(ca.Value)
	if err != nil {
		return nil
	}
	return knownCheck(m.ev, m.h.checks, cf)
}

// knownCheck returns a Go function computing the check function cf
// (forced) when cf is a builtin of checks, or intRange or intAtLeast with
// integer bounds; nil otherwise. The function cannot fail.
func knownCheck(ev *eval.Evaluator, checks map[*eval.PrimOp]func(eval.Value) bool, cf eval.Value) func(eval.Value) bool {
	switch f := cf.(type) {
	case *eval.PrimOp:
		return checks[f]
	case *eval.PrimOpApp:
		bound := func(i int) (int64, bool) {
			if i >= len(f.Args) {
				return 0, false
			}
			v, err := ev.Force(f.Args[i])
			n, ok := v.(eval.Int)
			return int64(n), err == nil && ok
		}
		lo, ok := bound(0)
		if !ok {
			return nil
		}
		switch {
		case f.Op == intAtLeastOp && len(f.Args) == 1:
			return func(x eval.Value) bool { n, ok := x.(eval.Int); return ok && int64(n) >= lo }
		case f.Op == intRangeOp && len(f.Args) == 2:
			hi, ok := bound(1)
			if !ok {
				return nil
			}
			return func(x eval.Value) bool { n, ok := x.(eval.Int); return ok && int64(n) >= lo && int64(n) <= hi }
		}
	}
	return nil
}

// check applies the element type's check to x.
func (m containerMerge) check(et *eval.Attrs, x eval.Value) (bool, error) {
	good, found, err := typeCheck(m.ev, m.h.checks, et, x)
	if err == nil && !found {
		err = m.ev.Errorf(eval.Pos{}, "attribute 'check' missing")
	}
	return good, err
}

// sub returns loc ++ [ label ], lazily.
func (m containerMerge) sub(label eval.Value) eval.Value {
	ev, loc := m.ev, m.loc
	return eval.NewLazy(func() (eval.Value, error) {
		l, err := ev.ForceList(eval.Pos{}, loc)
		if err != nil {
			return nil, err
		}
		elems := make([]eval.Value, len(l.Elems)+1)
		copy(elems, l.Elems)
		elems[len(l.Elems)] = label
		return &eval.List{Elems: elems}, nil
	})
}
