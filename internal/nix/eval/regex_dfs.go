package eval

// A backtracking matcher that reproduces the depth-first executor of
// libstdc++'s std::regex in POSIX mode, which is what Nix 2.8 runs for
// builtins.match and builtins.split. It is built from the same parse tree
// as the Go translation and follows the same automaton shape (loops,
// optional parts and bounded repeats are laid out as libstdc++ lays them
// out), so that it picks the same match and the same submatches, including
// where that engine is neither leftmost-first nor leftmost-longest.
//
// Backtracking can take exponential time on hostile patterns; every run has
// a step budget, and when it is exhausted the caller falls back to the
// linear-time Go translation.

type dfsOp uint8

const (
	dfsMatch      dfsOp = iota // consume one byte in set
	dfsAlt                     // try alt, then next
	dfsRepeat                  // greedy loop entry: try alt (once more), then next
	dfsGroupBegin              // record the start of group
	dfsGroupEnd                // record the end of group
	dfsBOL                     // ^
	dfsEOL                     // $
	dfsDummy                   // no-op
	dfsAccept                  // end of pattern
)

type dfsState struct {
	op        dfsOp
	set       *byteSet
	next, alt int
	group     int
}

// dfsProg is the automaton of one pattern.
type dfsProg struct {
	states []dfsState
	start  int
	groups int
	// first holds the bytes a match can start with; when nullable is false
	// (every match consumes at least one byte), search skips positions
	// whose byte is not in first, where an attempt could only fail.
	first    byteSet
	nullable bool
}

// firstBytes returns the bytes a match of n can start with and whether n
// can match without consuming anything.
func firstBytes(n *ereNode) (byteSet, bool) {
	var set byteSet
	switch n.op {
	case ereSet:
		return *n.set, false
	case ereBOL, ereEOL:
		return set, true
	case ereGroup:
		return firstBytes(n.kids[0])
	case ereRepeat:
		k, nullable := firstBytes(n.kids[0])
		return k, nullable || n.min == 0
	case ereAlt:
		nullable := false
		for _, kid := range n.kids {
			k, kn := firstBytes(kid)
			for i := range set {
				set[i] |= k[i]
			}
			nullable = nullable || kn
		}
		return set, nullable
	case ereConcat:
		for _, kid := range n.kids {
			k, kn := firstBytes(kid)
			for i := range set {
				set[i] |= k[i]
			}
			if !kn {
				return set, false
			}
		}
		return set, true
	}
	return set, true
}

// frag is a piece of automaton: its entry state and the state whose next
// is still to be connected.
type frag struct{ start, end int }

type dfsBuilder struct {
	states []dfsState
}

func (b *dfsBuilder) add(s dfsState) int {
	s.next = -1
	if s.op != dfsAlt && s.op != dfsRepeat {
		s.alt = -1
	}
	b.states = append(b.states, s)
	return len(b.states) - 1
}

func (b *dfsBuilder) appendFrag(f *frag, g frag) {
	b.states[f.end].next = g.start
	f.end = g.end
}

func (b *dfsBuilder) single(s dfsState) frag {
	id := b.add(s)
	return frag{id, id}
}

// build lays out the automaton of n as libstdc++'s compiler does.
func (b *dfsBuilder) build(n *ereNode) frag {
	switch n.op {
	case ereSet:
		return b.single(dfsState{op: dfsMatch, set: n.set})
	case ereBOL:
		return b.single(dfsState{op: dfsBOL})
	case ereEOL:
		return b.single(dfsState{op: dfsEOL})
	case ereConcat:
		if len(n.kids) == 0 {
			return b.single(dfsState{op: dfsDummy})
		}
		f := b.build(n.kids[0])
		for _, k := range n.kids[1:] {
			b.appendFrag(&f, b.build(k))
		}
		return f
	case ereAlt:
		// Left-associative: ((a|b)|c), the left branch tried first.
		f := b.build(n.kids[0])
		for _, k := range n.kids[1:] {
			right := b.build(k)
			end := b.add(dfsState{op: dfsDummy})
			b.states[f.end].next = end
			b.states[right.end].next = end
			alt := b.add(dfsState{op: dfsAlt, alt: f.start})
			b.states[alt].next = right.start
			f = frag{alt, end}
		}
		return f
	case ereGroup:
		begin := b.single(dfsState{op: dfsGroupBegin, group: n.group})
		b.appendFrag(&begin, b.build(n.kids[0]))
		b.appendFrag(&begin, b.single(dfsState{op: dfsGroupEnd, group: n.group}))
		return begin
	case ereRepeat:
		return b.buildRepeat(n)
	}
	return b.single(dfsState{op: dfsDummy})
}

func (b *dfsBuilder) buildRepeat(n *ereNode) frag {
	kid := n.kids[0]
	switch {
	case n.min == 0 && n.max < 0: // e*
		e := b.build(kid)
		r := b.add(dfsState{op: dfsRepeat, alt: e.start})
		b.states[e.end].next = r
		return frag{r, r}
	case n.min == 1 && n.max < 0: // e+
		e := b.build(kid)
		r := b.add(dfsState{op: dfsRepeat, alt: e.start})
		b.states[e.end].next = r
		return frag{e.start, r}
	case n.min == 0 && n.max == 1: // e?
		e := b.build(kid)
		end := b.add(dfsState{op: dfsDummy})
		r := b.add(dfsState{op: dfsRepeat, alt: e.start})
		b.states[e.end].next = end
		b.states[r].next = end
		return frag{r, end}
	}
	// e{min,max}: min copies, then a loop or max-min optional copies that
	// each skip straight to the end.
	f := b.single(dfsState{op: dfsDummy})
	for i := 0; i < n.min; i++ {
		b.appendFrag(&f, b.build(kid))
	}
	if n.max < 0 {
		e := b.build(kid)
		r := b.add(dfsState{op: dfsRepeat, alt: e.start})
		b.states[e.end].next = r
		b.appendFrag(&f, frag{r, r})
		return f
	}
	end := b.add(dfsState{op: dfsDummy})
	for i := n.min; i < n.max; i++ {
		e := b.build(kid)
		r := b.add(dfsState{op: dfsRepeat, alt: e.start})
		b.states[r].next = end
		b.appendFrag(&f, frag{r, e.end})
	}
	b.appendFrag(&f, frag{end, end})
	return f
}

// maxDFSStates bounds the automaton size (bounded repeats are unrolled).
const maxDFSStates = 100000

func compileDFS(n *ereNode, groups int) (*dfsProg, bool) {
	b := &dfsBuilder{}
	if size := estimateStates(n); size > maxDFSStates {
		return nil, false
	}
	f := b.build(n)
	acc := b.add(dfsState{op: dfsAccept})
	b.states[f.end].next = acc
	first, nullable := firstBytes(n)
	return &dfsProg{states: b.states, start: f.start, groups: groups, first: first, nullable: nullable}, true
}

// estimateStates is an upper bound of the states build creates.
func estimateStates(n *ereNode) int {
	switch n.op {
	case ereConcat, ereAlt:
		total := 1
		for _, k := range n.kids {
			total += estimateStates(k) + 2
		}
		return total
	case ereGroup:
		return estimateStates(n.kids[0]) + 2
	case ereRepeat:
		copies := n.min + 1
		if n.max > n.min {
			copies = n.max + 1
		}
		k := estimateStates(n.kids[0])
		if k > maxDFSStates || copies > maxDFSStates/(k+2) {
			return maxDFSStates + 1
		}
		return copies*(k+2) + 2
	}
	return 1
}

// dfsCapture is one group's current submatch.
type dfsCapture struct {
	first, second int
	matched       bool
}

// dfsRun executes the automaton on one subject; it is reused for every
// attempt of a match or search.
type dfsRun struct {
	prog      *dfsProg
	s         string
	begin     int // where this attempt started
	cur       int
	exact     bool // the match must end at the end of s
	notNull   bool // an empty match is not a solution
	prevAvail bool // the subject continues before begin (^ cannot match)
	caps      []dfsCapture
	results   []dfsCapture
	repPos    []int
	repCount  []int
	hasSol    bool
	solPos    int
	steps     int
	budget    int
	depth     int
	overrun   bool
}

// maxDFSDepth bounds the recursion of one attempt.
const maxDFSDepth = 100000

func newDFSRun(p *dfsProg, s string) *dfsRun {
	return &dfsRun{
		prog: p, s: s,
		caps: make([]dfsCapture, p.groups+1), results: make([]dfsCapture, p.groups+1),
		repPos: make([]int, len(p.states)), repCount: make([]int, len(p.states)),
		budget: 1<<21 + 32*len(s),
	}
}

func (r *dfsRun) dfs(i int) {
	if r.overrun {
		return
	}
	r.steps++
	r.depth++
	if r.steps > r.budget || r.depth > maxDFSDepth {
		r.overrun = true
	} else {
		r.step(i)
	}
	r.depth--
}

// step executes state i.
func (r *dfsRun) step(i int) {
	st := &r.prog.states[i]
	switch st.op {
	case dfsMatch:
		if r.cur < len(r.s) && st.set.has(r.s[r.cur]) {
			r.cur++
			r.dfs(st.next)
			r.cur--
		}
	case dfsAlt:
		r.dfs(st.alt)
		had := r.hasSol
		r.hasSol = false
		r.dfs(st.next)
		r.hasSol = r.hasSol || had
	case dfsRepeat:
		r.repeatOnceMore(i)
		if !r.hasSol {
			r.dfs(st.next)
		}
	case dfsGroupBegin:
		back := r.caps[st.group].first
		r.caps[st.group].first = r.cur
		r.dfs(st.next)
		r.caps[st.group].first = back
	case dfsGroupEnd:
		back := r.caps[st.group]
		r.caps[st.group].second = r.cur
		r.caps[st.group].matched = true
		r.dfs(st.next)
		r.caps[st.group] = back
	case dfsBOL:
		if r.cur == r.begin && !r.prevAvail {
			r.dfs(st.next)
		}
	case dfsEOL:
		if r.cur == len(r.s) {
			r.dfs(st.next)
		}
	case dfsDummy:
		r.dfs(st.next)
	case dfsAccept:
		if r.exact {
			r.hasSol = r.cur == len(r.s)
		} else {
			r.hasSol = true
		}
		if r.cur == r.begin && r.notNull {
			r.hasSol = false
		}
		if r.hasSol && (r.solPos < 0 || r.solPos < r.cur) {
			r.solPos = r.cur
			copy(r.results, r.caps)
		}
	}
}

// repeatOnceMore enters a loop body again; at one position the body may be
// entered twice (libstdc++ allows one more pass to record a group).
func (r *dfsRun) repeatOnceMore(i int) {
	alt := r.prog.states[i].alt
	if r.repCount[i] == 0 || r.repPos[i] != r.cur {
		backPos, backCount := r.repPos[i], r.repCount[i]
		r.repPos[i], r.repCount[i] = r.cur, 1
		r.dfs(alt)
		r.repPos[i], r.repCount[i] = backPos, backCount
		return
	}
	if r.repCount[i] < 2 {
		r.repCount[i]++
		r.dfs(alt)
		r.repCount[i]--
	}
}

// attempt runs the automaton once from begin and returns the submatch
// offsets (nil if there is no match).
func (r *dfsRun) attempt(begin int, exact, notNull, prevAvail bool) []int {
	r.begin, r.cur, r.exact, r.notNull, r.prevAvail = begin, begin, exact, notNull, prevAvail
	r.hasSol, r.solPos = false, -1
	for g := range r.caps {
		r.caps[g] = dfsCapture{}
		r.results[g] = dfsCapture{}
	}
	r.dfs(r.prog.start)
	if r.overrun || r.solPos < 0 {
		return nil
	}
	groups := r.prog.groups
	loc := make([]int, 2*(groups+1))
	loc[0], loc[1] = begin, r.solPos
	for g := 1; g <= groups; g++ {
		if c := r.results[g]; c.matched {
			loc[2*g], loc[2*g+1] = c.first, c.second
		} else {
			loc[2*g], loc[2*g+1] = -1, -1
		}
	}
	return loc
}

// search finds the first match starting at or after from, as regex_search
// does (positions after the first see match_prev_avail). continuous limits
// the search to a match starting at from.
func (r *dfsRun) search(from int, notNull, prevAvail, continuous bool) []int {
	p := r.prog
	for begin := from; begin <= len(r.s); begin++ {
		if p.nullable || (begin < len(r.s) && p.first.has(r.s[begin])) {
			if loc := r.attempt(begin, false, notNull, prevAvail); loc != nil || r.overrun {
				return loc
			}
		}
		if continuous {
			return nil
		}
		prevAvail = true
	}
	return nil
}

// matchDFS is builtins.match with libstdc++'s semantics; ok is false when
// the step budget ran out.
func (p *dfsProg) matchDFS(s string) (loc []int, ok bool) {
	r := newDFSRun(p, s)
	loc = r.attempt(0, true, false, false)
	return loc, !r.overrun
}

// findAllDFS is the match sequence of std::regex_iterator over s; ok is
// false when the step budget ran out.
func (p *dfsProg) findAllDFS(s string) (res [][]int, ok bool) {
	r := newDFSRun(p, s)
	iterPrevAvail := false // regex_iterator adds match_prev_avail after its first step
	loc := r.search(0, false, false, false)
	for loc != nil {
		res = append(res, loc)
		start := loc[1]
		if loc[0] == loc[1] {
			if start == len(s) {
				break
			}
			if next := r.search(start, true, iterPrevAvail, true); next != nil {
				loc = next
				continue
			}
			if r.overrun {
				break
			}
			start++
		}
		iterPrevAvail = true
		loc = r.search(start, false, true, false)
	}
	if r.overrun {
		return nil, false
	}
	return res, true
}
