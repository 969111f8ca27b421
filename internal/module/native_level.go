package module

import (
	"sort"

	"github.com/nix-k8s/nix-k8s/internal/nix/eval"
)

// level is one level of the option tree being merged by the native
// mergeLevel: the same inputs as modules.nix's mergeLevel (prefix rel decls
// defs), analysed on first use. It handles the usual shape: each name
// declared by one module, definitions that are plain attribute sets, and
// options whose definitions carry no property (mkIf, mkMerge, mkOverride,
// ...). Anything else, and any failure, is computed by the Nix mergeLevel
// on the same inputs (nixLevel), so results and errors are the Nix code's.
type level struct {
	ev                       *eval.Evaluator
	h                        *levelHelpers
	prefix, rel, decls, defs eval.Value

	nixLevel *eval.Thunk // the Nix mergeLevel's result, made on first need

	declState progress
	children  []child // by name, when declState is done

	defState progress
	defSets  []*defSet // when defState is done

	loc []eval.Value // prefix ++ rel, once needed
}

// progress is the state of one analysis of a level.
type progress uint8

const (
	notStarted progress = iota
	running
	done     // the native path applies
	fallback // the Nix mergeLevel computes it
)

// child is a declared name of a level.
type child struct {
	name string
	file eval.Value  // the declaring module's file
	set  *eval.Attrs // the declaring attribute set
	attr eval.Attr   // set.${name}
	sub  *level      // the level below, for a name that is not an option
}

// defSet is a definition of a level: a plain attribute set.
type defSet struct {
	file      eval.Value
	set       *eval.Attrs
	ignorable bool
	pos       eval.Value // options.defPos of the definition, lazily
}

func (l *level) result() *eval.Attrs {
	return &eval.Attrs{Entries: []eval.Attr{
		{Name: "config", Value: eval.NewLazy(l.config)},
		{Name: "options", Value: eval.NewLazy(func() (eval.Value, error) { return l.nixField("options") })},
		{Name: "unmatched", Value: eval.NewLazy(l.unmatched)},
	}}
}

// nix returns the Nix mergeLevel's result for this level.
func (l *level) nix() (*eval.Attrs, error) {
	if l.nixLevel == nil {
		l.h.stats.nixLevels++
		l.nixLevel = eval.NewLazy(func() (eval.Value, error) {
			return l.ev.Call(eval.Pos{}, l.h.nix, l.prefix, l.rel, l.decls, l.defs)
		})
	}
	return l.ev.ForceAttrs(eval.Pos{}, l.nixLevel)
}

// nixField returns an attribute of the Nix mergeLevel's result.
func (l *level) nixField(name string) (eval.Value, error) {
	set, err := l.nix()
	if err != nil {
		return nil, err
	}
	return attrOf(l.ev, set, name, "native mergeLevel: the Nix mergeLevel's result")
}

// nixConfig returns config.${name} as the Nix mergeLevel computes it.
func (l *level) nixConfig(name string) (eval.Value, error) {
	cfg, err := l.nixField("config")
	if err != nil {
		return nil, err
	}
	return attrOf(l.ev, cfg, name, "native mergeLevel: the Nix mergeLevel's config")
}

// analyseDecls reads the declarations: each must be an attribute set, and
// no name may be declared twice (the Nix code then merges declarations).
// It returns false when the Nix mergeLevel must compute the level, and an
// error only when the evaluation must end (see fatal).
func (l *level) analyseDecls() (bool, error) { return analyse(&l.declState, l.readDecls) }

// analyse runs read once for the analysis whose state is st: true when the
// native path applies, false when the Nix code computes it (read said so,
// or failed, or the analysis is already running further up the stack); an
// error only when the evaluation must end, in which case it can run again.
func analyse(st *progress, read func() (bool, error)) (bool, error) {
	switch *st {
	case done:
		return true, nil
	case fallback, running:
		return false, nil
	}
	*st = running
	ok, err := read()
	switch {
	case err != nil && fatal(err):
		*st = notStarted
		return false, err
	case err != nil || !ok:
		*st = fallback
		return false, nil
	}
	*st = done
	return true, nil
}

func (l *level) readDecls() (bool, error) {
	ev := l.ev
	list, err := ev.ForceList(eval.Pos{}, l.decls)
	if err != nil {
		return false, err
	}
	type declSet struct {
		file eval.Value
		set  *eval.Attrs
	}
	sets := make([]declSet, len(list.Elems))
	n := 0
	for i, d := range list.Elems {
		_, file, set, ok, err := readFileSet(ev, d)
		if err != nil || !ok {
			return false, err
		}
		sets[i] = declSet{file, set}
		n += len(set.Entries)
	}
	children := make([]child, 0, n)
	for _, d := range sets {
		for _, a := range d.set.Entries {
			children = append(children, child{name: a.Name, file: d.file, set: d.set, attr: a})
		}
	}
	if len(list.Elems) > 1 {
		sortChildren(children)
		for i := 1; i < len(children); i++ {
			if children[i].name == children[i-1].name {
				return false, nil
			}
		}
	}
	l.children = children
	return true, nil
}

// readFileSet reads a declaration or definition record { file, value, ... }
// whose value is an attribute set (forced). ok is false when it is not
// such a record.
func readFileSet(ev *eval.Evaluator, d eval.Value) (rec *eval.Attrs, file eval.Value, set *eval.Attrs, ok bool, err error) {
	rec, err = ev.ForceAttrs(eval.Pos{}, d)
	if err != nil {
		return nil, nil, nil, false, err
	}
	fa, ok1 := rec.Get("file")
	va, ok2 := rec.Get("value")
	if !ok1 || !ok2 {
		return nil, nil, nil, false, nil
	}
	v, err := ev.Force(va.Value)
	if err != nil {
		return nil, nil, nil, false, err
	}
	set, ok = v.(*eval.Attrs)
	return rec, fa.Value, set, ok, nil
}

// analyseDefs reads the definitions: each must be a plain attribute set
// (no property around it). See analyseDecls for the results.
func (l *level) analyseDefs() (bool, error) { return analyse(&l.defState, l.readDefs) }

func (l *level) readDefs() (bool, error) {
	ev := l.ev
	list, err := ev.ForceList(eval.Pos{}, l.defs)
	if err != nil {
		return false, err
	}
	sets := make([]*defSet, 0, len(list.Elems))
	for _, d := range list.Elems {
		rec, file, set, ok, err := readFileSet(ev, d)
		if err != nil || !ok {
			return false, err
		}
		if _, tagged := set.Get("_type"); tagged {
			return false, nil
		}
		ds := &defSet{file: file, set: set}
		if ia, ok := rec.Get("ignorable"); ok {
			b, err := ev.ForceBool(eval.Pos{}, ia.Value)
			if err != nil {
				return false, err
			}
			ds.ignorable = b
		}
		recVal := d
		ds.pos = eval.NewLazy(func() (eval.Value, error) { return ev.Call(eval.Pos{}, l.h.defPos, recVal) })
		sets = append(sets, ds)
	}
	l.defSets = sets
	return true, nil
}

// config is the level's config: the declared names, each an option's value
// or the config of the level below.
func (l *level) config() (eval.Value, error) {
	ok, err := l.analyseDecls()
	if err != nil {
		return nil, err
	}
	if !ok {
		return l.nixField("config")
	}
	entries := make([]eval.Attr, len(l.children))
	for i := range l.children {
		c := &l.children[i]
		// No positions: the Nix version's config comes from mapAttrs,
		// which keeps none.
		entries[i] = eval.Attr{Name: c.name, Value: eval.NewLazy(func() (eval.Value, error) { return l.childConfig(c) })}
	}
	return &eval.Attrs{Entries: entries}, nil
}

// orFallback returns v, or config.${name} from the Nix mergeLevel when the
// native path failed or does not apply (v == nil, err not fatal).
func (l *level) orFallback(name string, v eval.Value, err error) (eval.Value, error) {
	if err == nil && v != nil {
		return v, nil
	}
	if err != nil && fatal(err) {
		return nil, err
	}
	return l.nixConfig(name)
}

func (l *level) childConfig(c *child) (eval.Value, error) {
	v, err := l.ev.Force(c.attr.Value)
	if err != nil {
		return l.orFallback(c.name, nil, err)
	}
	set, ok := v.(*eval.Attrs)
	if !ok {
		return l.nixConfig(c.name)
	}
	if t, tagged := set.Get("_type"); tagged {
		tv, err := l.ev.Force(t.Value)
		if err != nil {
			return l.orFallback(c.name, nil, err)
		}
		if s, ok := tv.(eval.String); !ok || s != "option" {
			return l.nixConfig(c.name)
		}
		v, err := l.leaf(c, set)
		return l.orFallback(c.name, v, err)
	}
	return l.subLevel(c).config()
}

// subLevel returns the level below a declared name that is not an option,
// as modules.nix's subLevel makes it.
func (l *level) subLevel(c *child) *level {
	if c.sub != nil {
		return c.sub
	}
	ev, name := l.ev, eval.String(c.name)
	decl := &eval.Attrs{Entries: []eval.Attr{
		{Name: "file", Value: c.file},
		{Name: "pos", Value: l.attrPos(c)},
		{Name: "value", Value: c.attr.Value},
	}}
	rel := eval.NewLazy(func() (eval.Value, error) {
		r, err := ev.ForceList(eval.Pos{}, l.rel)
		if err != nil {
			return nil, err
		}
		elems := make([]eval.Value, len(r.Elems)+1)
		copy(elems, r.Elems)
		elems[len(r.Elems)] = name
		return &eval.List{Elems: elems}, nil
	})
	defs := eval.NewLazy(func() (eval.Value, error) {
		ok, err := l.analyseDefs()
		if err != nil {
			return nil, err
		}
		if !ok {
			f, err := l.nixField("defsOf")
			if err != nil {
				return nil, err
			}
			return ev.Call(eval.Pos{}, f, name)
		}
		var recs []eval.Value
		for _, d := range l.defSets {
			if a, ok := d.set.Get(c.name); ok {
				recs = append(recs, d.record(c.name, a.Value))
			}
		}
		return &eval.List{Elems: recs}, nil
	})
	c.sub = &level{ev: ev, h: l.h, prefix: l.prefix, rel: rel, decls: &eval.List{Elems: []eval.Value{decl}}, defs: defs}
	return c.sub
}

// record is the definition record modules.nix makes for name in d:
// { file, posSet, posName, pos, value } (and ignorable).
func (d *defSet) record(name string, v eval.Value) *eval.Attrs {
	entries := make([]eval.Attr, 0, 6)
	entries = append(entries, eval.Attr{Name: "file", Value: d.file})
	if d.ignorable {
		entries = append(entries, eval.Attr{Name: "ignorable", Value: eval.Bool(true)})
	}
	entries = append(entries,
		eval.Attr{Name: "pos", Value: d.pos},
		eval.Attr{Name: "posName", Value: eval.String(name)},
		eval.Attr{Name: "posSet", Value: d.set},
		eval.Attr{Name: "value", Value: v},
	)
	return &eval.Attrs{Entries: entries}
}

// attrPos is builtins.unsafeGetAttrPos name set for a declared name, lazily.
func (l *level) attrPos(c *child) eval.Value {
	ev, h := l.ev, l.h
	return eval.NewLazy(func() (eval.Value, error) {
		return ev.Call(eval.Pos{}, h.getAttrPos, eval.String(c.name), c.set)
	})
}

// location returns prefix ++ rel ++ [ name ].
func (l *level) location(name string) (eval.Value, error) {
	if l.loc == nil {
		p, err := l.ev.ForceList(eval.Pos{}, l.prefix)
		if err != nil {
			return nil, err
		}
		r, err := l.ev.ForceList(eval.Pos{}, l.rel)
		if err != nil {
			return nil, err
		}
		loc := make([]eval.Value, 0, len(p.Elems)+len(r.Elems))
		loc = append(loc, p.Elems...)
		l.loc = append(loc, r.Elems...)
	}
	list := newList(len(l.loc) + 1)
	copy(list.Elems, l.loc)
	list.Elems[len(l.loc)] = eval.String(name)
	return list, nil
}

// listOf is a list allocated in one piece with its elements (T is an
// array of values).
type listOf[T any] struct {
	l eval.List
	e T
}

// newList returns a list of n elements (nil values), in one allocation
// for the short lists option locations are.
func newList(n int) *eval.List {
	switch n {
	case 1:
		x := new(listOf[[1]eval.Value])
		x.l.Elems = x.e[:]
		return &x.l
	case 2:
		x := new(listOf[[2]eval.Value])
		x.l.Elems = x.e[:]
		return &x.l
	case 3:
		x := new(listOf[[3]eval.Value])
		x.l.Elems = x.e[:]
		return &x.l
	case 4:
		x := new(listOf[[4]eval.Value])
		x.l.Elems = x.e[:]
		return &x.l
	}
	return &eval.List{Elems: make([]eval.Value, n)}
}

// leaf is the value of option opt declared at c, as modules.nix's walkDecl
// computes it when no definition carries a property. It returns nil (and
// no error) when the Nix code must compute it.
func (l *level) leaf(c *child, opt *eval.Attrs) (eval.Value, error) {
	ev, h := l.ev, l.h
	ok, err := l.analyseDefs()
	if err != nil || !ok {
		return nil, err
	}
	if _, has := opt.Get("apply"); has {
		return nil, nil
	}
	if ro, has := opt.Get("readOnly"); has {
		b, err := ev.ForceBool(eval.Pos{}, ro.Value)
		if err != nil || b {
			return nil, err
		}
	}
	// The definitions of the name, in order; each is forced to see that it
	// is not a property, stopping at the first one that is (as allPlain).
	var (
		values  []eval.Value
		sources []*defSet
	)
	for _, d := range l.defSets {
		if a, ok := d.set.Get(c.name); ok {
			v, err := ev.Force(a.Value)
			if err != nil {
				return nil, err
			}
			if isProperty(v) {
				return nil, nil
			}
			values = append(values, v)
			sources = append(sources, d)
		}
	}
	fromDefault := false
	if len(values) == 0 {
		if d, has := opt.Get("default"); has {
			v, err := ev.Force(d.Value)
			if err != nil {
				return nil, err
			}
			if isProperty(v) {
				return nil, nil
			}
			values, fromDefault = []eval.Value{v}, true
		}
	}
	typ := h.unspecified
	if t, has := opt.Get("type"); has {
		typ = t.Value
	}
	ts, err := ev.ForceAttrs(eval.Pos{}, typ)
	if err != nil {
		return nil, err
	}
	if len(values) == 0 {
		ea, has := ts.Get("emptyValue")
		if !has {
			return nil, nil
		}
		e, err := ev.ForceAttrs(eval.Pos{}, ea.Value)
		if err != nil {
			return nil, err
		}
		if v, has := e.Get("value"); has {
			return ev.Force(v.Value)
		}
		return nil, nil
	}
	records := func() *eval.List {
		recs := make([]eval.Value, len(values))
		for i, v := range values {
			if fromDefault {
				recs[i] = &eval.Attrs{Entries: []eval.Attr{
					{Name: "file", Value: c.file},
					{Name: "pos", Value: l.attrPos(c)},
					{Name: "value", Value: v},
				}}
			} else {
				recs[i] = sources[i].record(c.name, v)
			}
		}
		return &eval.List{Elems: recs}
	}
	if he, has := ts.Get("headError"); has {
		loc, err := l.location(c.name)
		if err != nil {
			return nil, err
		}
		known, err := l.headPasses(he.Value, values)
		if err != nil {
			return nil, err
		}
		if known && !fromDefault {
			if v, ok, err := l.mergeDirect(ts, loc, c.name, values, sources); ok || err != nil {
				return v, err
			}
		}
		recs := records()
		if !known {
			e, err := ev.Call(eval.Pos{}, he.Value, loc, recs)
			if err != nil {
				return nil, err
			}
			if _, null := e.(eval.Null); !null {
				return nil, nil
			}
		}
		return l.merge(ts, loc, recs)
	}
	if len(values) != 1 {
		return nil, nil
	}
	good, found, err := typeCheck(ev, h.checks, ts, values[0])
	if err != nil || !found {
		return nil, err
	}
	if !good {
		return nil, nil
	}
	ma, has := ts.Get("merge")
	if !has {
		return nil, nil
	}
	mf, err := ev.Force(ma.Value)
	if err != nil {
		return nil, err
	}
	if mf == h.mergeEqual || mf == h.mergeOne {
		return values[0], nil // one definition: its value
	}
	loc, err := l.location(c.name)
	if err != nil {
		return nil, err
	}
	if !fromDefault {
		if v, ok, err := l.mergeDirect(ts, loc, c.name, values, sources); ok || err != nil {
			return v, err
		}
	}
	return l.merge(ts, loc, records())
}

// headPasses reports whether a head check is attrsOf's or listOf's and the
// values (forced) pass it: every one an attribute set, or a list. The
// check would then return null.
func (l *level) headPasses(headError eval.Value, values []eval.Value) (bool, error) {
	he, err := l.ev.Force(headError)
	if err != nil {
		return false, err
	}
	var pass func(eval.Value) bool
	switch he {
	case l.h.attrsHead:
		pass = func(v eval.Value) bool { _, ok := v.(*eval.Attrs); return ok }
	case l.h.listHead:
		pass = func(v eval.Value) bool { _, ok := v.(*eval.List); return ok }
	default:
		return false, nil
	}
	for _, v := range values {
		if !pass(v) {
			return false, nil
		}
	}
	return true, nil
}

// mergeDirect merges the values (from sources) of the option name at loc
// with the Go container merge when it is the type's merge, without
// making the definition records first. ok is false when it is not.
func (l *level) mergeDirect(ts *eval.Attrs, loc eval.Value, name string, values []eval.Value, sources []*defSet) (eval.Value, bool, error) {
	ma, has := ts.Get("merge")
	if !has {
		return nil, false, nil
	}
	mf, err := l.ev.Force(ma.Value)
	if err != nil {
		return nil, false, err
	}
	app, ok := mf.(*eval.PrimOpApp)
	if !ok || app.Op != l.h.container.op || len(app.Args) != 5 {
		return nil, false, nil
	}
	store := make([]defInput, len(values))
	defs := make([]*defInput, len(values))
	for i, v := range values {
		store[i] = defInput{file: sources[i].file, value: v, src: sources[i], name: name}
		defs[i] = &store[i]
	}
	v, err := l.h.container.mergeDirect(l.ev, app, loc, defs)
	return v, true, err
}

// merge calls the type's merge function.
func (l *level) merge(ts *eval.Attrs, loc eval.Value, recs *eval.List) (eval.Value, error) {
	ma, has := ts.Get("merge")
	if !has {
		return nil, nil
	}
	v, err := l.ev.Call(eval.Pos{}, ma.Value, loc, recs)
	if err != nil {
		return nil, err
	}
	return l.ev.Force(v)
}

// isProperty reports whether a forced value is a property (an attribute
// set with _type: mkIf, mkMerge, mkOverride, mkOrder, mkDefinition, ...).
func isProperty(v eval.Value) bool {
	set, ok := v.(*eval.Attrs)
	if !ok {
		return false
	}
	_, tagged := set.Get("_type")
	return tagged
}

// unmatched is the level's definitions that no option matches, with the
// checks the Nix code makes while computing them. The native path knows
// only the answer "none"; anything else is the Nix code's.
func (l *level) unmatched() (eval.Value, error) {
	ev := l.ev
	ok, err := l.analyseDecls()
	if err != nil {
		return nil, err
	}
	if !ok {
		return l.nixField("unmatched")
	}
	nix := func(err error) (eval.Value, error) {
		if err != nil && fatal(err) {
			return nil, err
		}
		return l.nixField("unmatched")
	}
	// Every declaration is looked at (a declaration that is neither an
	// option nor a set of them is an error).
	for i := range l.children {
		c := &l.children[i]
		v, err := ev.Force(c.attr.Value)
		if err != nil {
			return nix(err)
		}
		set, ok := v.(*eval.Attrs)
		if !ok {
			continue
		}
		if t, tagged := set.Get("_type"); tagged {
			tv, err := ev.Force(t.Value)
			if err != nil {
				return nix(err)
			}
			if s, ok := tv.(eval.String); !ok || s != "option" {
				return nix(nil)
			}
		}
	}
	if ok, err := l.analyseDefs(); err != nil || !ok {
		return nix(err)
	}
	for _, d := range l.defSets {
		for _, a := range d.set.Entries {
			if l.find(a.Name) == nil {
				return nix(nil)
			}
		}
	}
	for i := range l.children {
		c := &l.children[i]
		if !l.defined(c.name) {
			continue
		}
		v, _ := ev.Force(c.attr.Value) // forced above
		set, ok := v.(*eval.Attrs)
		if !ok {
			return nix(nil)
		}
		if _, tagged := set.Get("_type"); tagged {
			continue // an option
		}
		u, err := l.subLevel(c).unmatched()
		if err != nil {
			return nix(err)
		}
		list, err := ev.ForceList(eval.Pos{}, u)
		if err != nil {
			return nix(err)
		}
		if len(list.Elems) != 0 {
			return nix(nil)
		}
	}
	return &eval.List{}, nil
}

// find returns the declared name's child, or nil.
func (l *level) find(name string) *child {
	lo, hi := 0, len(l.children)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if l.children[m].name < name {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(l.children) && l.children[lo].name == name {
		return &l.children[lo]
	}
	return nil
}

// defined reports whether a definition sets name.
func (l *level) defined(name string) bool {
	for _, d := range l.defSets {
		if _, ok := d.set.Get(name); ok {
			return true
		}
	}
	return false
}

func sortChildren(cs []child) {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
}
