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
	defPos        eval.Value // options.defPos
	checks        map[*eval.PrimOp]func(eval.Value) bool
}

// containerMergeOp returns types.nix's nativeMerge: (helpers kind lazy
// elemType nixMerge) applied first, then the merge's (loc defs). kind is
// "attrs" (attrsOf, lazyAttrsOf), "list" (listOf) or "nullOr". It computes
// what the Nix merge computes for one definition without properties, making
// the same calls of the element type's check and merge, and calls nixMerge
// for every other input and whenever its own reading of the definitions
// fails. An element's error (raised when the element is read) comes from
// the same calls the Nix merge makes.
func containerMergeOp() *eval.PrimOp {
	var (
		helperSet *eval.Attrs
		helpers   *mergeHelpers
	)
	return &eval.PrimOp{Name: "containerMerge", Arity: 7, Fn: func(ev *eval.Evaluator, pos eval.Pos, args []eval.Value) (eval.Value, error) {
		hs, err := ev.ForceAttrs(pos, args[0])
		if err != nil {
			return nil, err
		}
		if hs != helperSet {
			h, err := newMergeHelpers(ev, hs)
			if err != nil {
				return nil, err
			}
			helperSet, helpers = hs, h
		}
		kind, err := ev.ForceString(pos, args[1])
		if err != nil {
			return nil, err
		}
		lazy, err := ev.ForceBool(pos, args[2])
		if err != nil {
			return nil, err
		}
		m := containerMerge{ev: ev, h: helpers, elemType: args[3], loc: args[5]}
		nixMerge, defs := args[4], args[6]
		var v eval.Value
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
		switch {
		case err != nil && fatal(err):
			return nil, err
		case err == nil && v != nil:
			return v, nil
		}
		// Not a shape computed here, or it failed: the Nix merge gives the
		// result or its own error.
		r, err := ev.Call(pos, nixMerge, m.loc, defs)
		if err != nil {
			return nil, err
		}
		return ev.Force(r)
	}}
}

func newMergeHelpers(ev *eval.Evaluator, set *eval.Attrs) (*mergeHelpers, error) {
	h := &mergeHelpers{checks: knownChecks(ev)}
	err := readHelpers(ev, set, "containerMerge", []helperField{
		{"checkAndMerge", &h.checkAndMerge}, {"mergeDefinitions", &h.mergeDefs}, {"mergeEqual", &h.mergeEqual}, {"defPos", &h.defPos},
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

// single returns the only definition record of defs and its value, or nil
// when there is not exactly one.
func (m containerMerge) single(defs eval.Value) (*eval.Attrs, eval.Value, error) {
	list, err := m.ev.ForceList(eval.Pos{}, defs)
	if err != nil || len(list.Elems) != 1 {
		return nil, nil, err
	}
	def, err := m.ev.ForceAttrs(eval.Pos{}, list.Elems[0])
	if err != nil {
		return nil, nil, err
	}
	va, ok := def.Get("value")
	if !ok {
		return nil, nil, nil
	}
	v, err := m.ev.Force(va.Value)
	if err != nil {
		return nil, nil, err
	}
	return def, v, nil
}

// attrSource is a definition of an attribute set being merged.
type attrSource struct {
	file eval.Value
	pos  eval.Value // options.defPos of the definition, lazily
	set  *eval.Attrs
}

// attrs is the merge of attrsOf (lazy false) and lazyAttrsOf (lazy true)
// as types.nix computes it, each value merged on its own, lazily:
//   - attrsOf: definitions in which no value is a property (mkIf, ...);
//     a name defined once merges its one value, a name defined several
//     times goes to lib.modules.checkAndMerge;
//   - lazyAttrsOf: any definitions; a name defined once by a value that is
//     not a property merges it, others go to lib.modules.mergeDefinitions,
//     an undefined result being the type's empty value.
func (m containerMerge) attrs(defs eval.Value, lazy bool) (eval.Value, error) {
	ev := m.ev
	dl, err := ev.ForceList(eval.Pos{}, defs)
	if err != nil {
		return nil, err
	}
	sources := make([]attrSource, len(dl.Elems))
	total := 0
	for i, d := range dl.Elems {
		def, err := ev.ForceAttrs(eval.Pos{}, d)
		if err != nil {
			return nil, err
		}
		fa, ok1 := def.Get("file")
		va, ok2 := def.Get("value")
		if !ok1 || !ok2 {
			return nil, nil
		}
		set, err := ev.ForceAttrs(eval.Pos{}, va.Value)
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
		sources[i] = attrSource{file: fa.Value, pos: m.lazyDefPos(def), set: set}
		total += len(set.Entries)
	}
	if len(sources) == 1 {
		s := sources[0]
		out := make([]eval.Attr, len(s.set.Entries))
		for i, a := range s.set.Entries {
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
func (d attrDef) record(name string) eval.Value {
	return &eval.Attrs{Entries: []eval.Attr{
		{Name: "file", Value: d.src.file},
		{Name: "pos", Value: d.src.pos},
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
				return m.element(x, eval.String(name), func() eval.Value { return ds[0].record(name) })
			}
		}
		recs := make([]eval.Value, len(ds))
		for i, d := range ds {
			recs[i] = d.record(name)
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
	rs, err := ev.ForceAttrs(eval.Pos{}, r)
	if err != nil {
		return nil, err
	}
	field := func(set *eval.Attrs, name string) (eval.Value, error) {
		a, ok := set.Get(name)
		if !ok {
			return nil, ev.Errorf(eval.Pos{}, "attribute '%s' missing", name)
		}
		return ev.Force(a.Value)
	}
	defined, err := field(rs, "isDefined")
	if err != nil {
		return nil, err
	}
	if b, err := ev.ForceBool(eval.Pos{}, defined); err != nil || b {
		if err != nil {
			return nil, err
		}
		return field(rs, "mergedValue")
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
	return field(rs, "mergedValue")
}

// list is listOf's merge when no element of any definition is a property:
// the elements in order, each merged on its own, lazily.
func (m containerMerge) list(defs eval.Value) (eval.Value, error) {
	ev := m.ev
	dl, err := ev.ForceList(eval.Pos{}, defs)
	if err != nil {
		return nil, err
	}
	type source struct {
		file eval.Value
		pos  eval.Value
		list *eval.List
	}
	sources := make([]source, len(dl.Elems))
	n := 0
	for i, d := range dl.Elems {
		def, err := ev.ForceAttrs(eval.Pos{}, d)
		if err != nil {
			return nil, err
		}
		fa, ok1 := def.Get("file")
		va, ok2 := def.Get("value")
		if !ok1 || !ok2 {
			return nil, nil
		}
		l, err := ev.ForceList(eval.Pos{}, va.Value)
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
		sources[i] = source{file: fa.Value, pos: m.lazyDefPos(def), list: l}
		n += len(l.Elems)
	}
	out := make([]eval.Value, 0, n)
	for i, s := range sources {
		for j, x := range s.list.Elems {
			label := eval.String(fmt.Sprintf("[definition %d-entry %d]", i+1, j+1))
			out = append(out, eval.NewLazy(func() (eval.Value, error) {
				rec := func() eval.Value {
					return &eval.Attrs{Entries: []eval.Attr{
						{Name: "file", Value: s.file},
						{Name: "pos", Value: s.pos},
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
func (m containerMerge) nullOr(defs eval.Value) (eval.Value, error) {
	def, v, err := m.single(defs)
	if err != nil || def == nil {
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
	if mf == m.h.mergeEqual {
		return v, nil
	}
	r, err := m.ev.Call(eval.Pos{}, mf, m.loc, defs)
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
			if mf == m.h.mergeEqual {
				return xv, nil
			}
			r, err := ev.Call(eval.Pos{}, mf, m.sub(label), &eval.List{Elems: []eval.Value{rec()}})
			if err != nil {
				return nil, err
			}
			return ev.Force(r)
		}
	}
	r, err := ev.Call(eval.Pos{}, m.h.checkAndMerge, m.sub(label), m.elemType, &eval.List{Elems: []eval.Value{rec()}})
	if err != nil {
		return nil, err
	}
	return ev.Force(r)
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

// lazyDefPos is options.defPos def, computed when read.
func (m containerMerge) lazyDefPos(def *eval.Attrs) eval.Value {
	ev, f := m.ev, m.h.defPos
	return eval.NewLazy(func() (eval.Value, error) { return ev.Call(eval.Pos{}, f, def) })
}
