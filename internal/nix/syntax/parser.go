package syntax

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// MaxDepth bounds the nesting of expressions; deeper input is reported as
// "expression nested too deeply" instead of exhausting the stack.
const MaxDepth = 1500

// Parse parses a Nix expression. It never fails: syntax errors are listed
// in File.Errors (sorted by position) and File.Expr is a usable partial
// tree in which missing expressions are *BadExpr.
func Parse(name string, src []byte) *File {
	return parse(name, src, string(src))
}

// ParseOwned is Parse for a src handed over to the file: nothing modifies
// it afterwards. The parser then reads it in place rather than a copy, and
// the names and literals of the tree share its memory.
func ParseOwned(name string, src []byte) *File {
	return parse(name, src, unsafe.String(unsafe.SliceData(src), len(src)))
}

// parse parses src, whose text is text.
func parse(name string, src []byte, text string) *File {
	p := &parser{
		name:    name,
		lex:     lexer{src: text},
		scratch: scratchPool.Get().(*scratch),
	}
	defer p.scratch.release()
	p.arena = new(arena)
	p.arena.init()
	p.file = &File{Name: name, Src: src, Lines: NewLineIndex(src), arena: p.arena}
	p.next()
	e := p.parseExpr()
	if p.tok.kind != tEOF {
		p.unexpected("end of file")
	}
	p.file.Expr = e
	p.file.Comments = p.lex.comments
	errs := append(p.errs, p.lex.errs...)
	sort.SliceStable(errs, func(i, j int) bool {
		if errs[i].Pos != errs[j].Pos {
			return errs[i].Pos < errs[j].Pos
		}
		return errs[i].End < errs[j].End
	})
	p.file.Errors = errs
	return p.file
}

type parser struct {
	arena *arena

	name string
	file *File
	lex  lexer

	tok     token
	ahead   [4]token // tokens after tok: ahead[head], ahead[(head+1)%4], …
	head    int
	nahead  int
	prevEnd int

	errs       []*Error
	lastErrPos int
	depth      int
	tooDeep    bool

	sawUnterminated bool

	// open delimiters, for error recovery
	openParen, openBrack, openBrace, openLet int

	*scratch
}

// scratch is the working memory of a parse that no tree refers to. It is
// kept for later parses (in scratchPool), so that parsing file after file
// does not allocate it again and again.
type scratch struct {
	// Stacks for the elements of the slices being built, past the
	// first nLocal (see push): nested constructs push above their
	// parent's elements and pop them when their slice is copied out,
	// right-sized, from the arena. Popped elements are not cleared
	// (that would cost write barriers); release clears them.
	pathBuf   []*AttrName
	bindBuf   []Binding
	partBuf   []StrPart
	exprBuf   []Expr
	formalBuf []*Formal
	pieceBuf  []indPiece

	trees  []*attrTree // duplicate-check trees (see check.go)
	ntrees int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Bounds on what a pooled scratch keeps, so that one huge file does not
// pin its working memory for good.
const (
	keepStack = 1 << 16 // elements of a stack
	keepSlots = 1 << 14 // entries of a tree
)

// release drops the scratch's references into the finished tree and
// returns it to the pool.
func (s *scratch) release() {
	s.pathBuf = resetStack(s.pathBuf)
	s.bindBuf = resetStack(s.bindBuf)
	s.partBuf = resetStack(s.partBuf)
	s.exprBuf = resetStack(s.exprBuf)
	s.formalBuf = resetStack(s.formalBuf)
	s.pieceBuf = resetStack(s.pieceBuf)
	for _, t := range s.trees {
		t.reset(0)
		if cap(t.slots) > keepSlots {
			t.slots = nil
		}
	}
	s.ntrees = 0
	scratchPool.Put(s)
}

func resetStack[T any](b []T) []T {
	if cap(b) > keepStack {
		return nil
	}
	clear(b[:cap(b)])
	return b[:0]
}

// --- tokens ----------------------------------------------------------------

func (p *parser) next() {
	p.prevEnd = p.tok.end
	if p.nahead > 0 {
		p.nextAhead()
		return
	}
	p.lex.scan(&p.tok)
}

// nextAhead makes the first token looked ahead at the current one.
func (p *parser) nextAhead() {
	p.tok = p.ahead[p.head]
	p.head = (p.head + 1) % len(p.ahead)
	p.nahead--
}

// afterID returns the kind of the token after the current identifier if
// it is ':' or '@' (a function); another kind otherwise. Without looking
// ahead through the lexer when a glance at the source tells.
func (p *parser) afterID() tokKind {
	if p.nahead == 0 {
		// The lexer stands right after the identifier, in its default state.
		s := p.lex.src
		i := p.tok.end
		for i < len(s) && charClass[s[i]]&cSpace != 0 {
			i++
		}
		if i >= len(s) {
			return tEOF
		}
		switch s[i] {
		case ':':
			return tColon
		case '@':
			return tAt
		case '#', '/':
			// maybe a comment first
		default:
			return tInvalid
		}
	}
	return p.peek(1).kind
}

// peek returns the n-th token after the current one (n >= 1).
func (p *parser) peek(n int) token {
	for p.nahead < n {
		p.lex.scan(&p.ahead[(p.head+p.nahead)%len(p.ahead)])
		p.nahead++
	}
	return p.ahead[(p.head+n-1)%len(p.ahead)]
}

// text returns the text of t (see lexer.text).
func (p *parser) text(t token) string { return p.lex.text(t) }

func (p *parser) got(k tokKind) bool {
	if p.tok.kind == k {
		p.next()
		return true
	}
	return false
}

// --- errors ----------------------------------------------------------------

func (p *parser) errorAt(pos, end int, msg string) {
	if p.tooDeep {
		return // the input was abandoned; its errors would be noise
	}
	if len(p.errs) > 0 && pos == p.lastErrPos {
		return // one error per position is enough
	}
	p.lastErrPos = pos
	p.errs = append(p.errs, &Error{Range: Span{pos, end}, Msg: msg})
}

// unterminated reports a string that runs to the end of the input. The
// errors that the end of input then causes are the same problem, so they
// are not reported again; nor is a second unterminated string.
func (p *parser) unterminated(pos, end int, msg string) {
	if p.sawUnterminated {
		return
	}
	p.sawUnterminated = true
	p.errorAt(pos, end, msg)
	p.lastErrPos = len(p.lex.src)
}

// describe names the current token for an error message.
func (p *parser) describe(t token) string {
	switch t.kind {
	case tID:
		return "identifier '" + p.text(t) + "'"
	case tInt, tFloat:
		return "number " + p.text(t)
	case tPath, tHPath, tSPath:
		return "path " + p.text(t)
	case tURI:
		return "URI " + p.text(t)
	case tInvalid:
		return fmt.Sprintf("character %q", p.lex.src[t.pos:t.end])
	}
	return t.kind.String()
}

// unexpected reports the current token as unexpected.
func (p *parser) unexpected(expecting string) {
	t := p.tok
	switch t.kind {
	case tPipe:
		p.errorAt(t.pos, t.end, "pipe operators are not supported")
		return
	case tInvalid:
		p.errorAt(t.pos, t.end, "syntax error, unexpected "+p.describe(t))
		return
	}
	msg := "syntax error, unexpected " + p.describe(t)
	if expecting != "" {
		msg += ", expecting " + expecting
	}
	p.errorAt(t.pos, t.end, msg)
}

func (p *parser) expect(k tokKind, what string) bool {
	if p.tok.kind == k {
		p.next()
		return true
	}
	p.unexpected(what)
	return false
}

// bad returns an empty *BadExpr at the current token for a missing
// expression. The gap before the token counts as consumed, so that the
// enclosing nodes' spans contain it.
func (p *parser) bad() *BadExpr {
	if p.prevEnd < p.tok.pos {
		p.prevEnd = p.tok.pos
	}
	return &BadExpr{Range: Span{p.tok.pos, p.tok.pos}}
}

// enter guards recursion depth; callers must call leave when it returns true.
func (p *parser) enter() bool {
	if p.depth < MaxDepth && !p.tooDeep {
		p.depth++
		return true
	}
	return p.enterDeep()
}

// enterDeep is enter's slow path, at MaxDepth or after it.
func (p *parser) enterDeep() bool {
	if p.tooDeep {
		return false
	}
	p.depth++
	if p.depth > MaxDepth {
		p.depth--
		p.errorAt(p.tok.pos, p.tok.end, "expression nested too deeply")
		p.tooDeep = true
		// Give up on the rest of the input: every loop stops at end of file.
		p.nahead = 0
		p.lex.off = len(p.lex.src)
		p.lex.stack = p.lex.stack[:0]
		p.tok = token{kind: tEOF, pos: len(p.lex.src), end: len(p.lex.src)}
		return false
	}
	return true
}

func (p *parser) leave() { p.depth-- }

// isOpenCloser reports whether the current token closes a construct that
// is open around the parse position.
func (p *parser) isOpenCloser() bool {
	switch p.tok.kind {
	case tRBrace:
		return p.openBrace > 0
	case tRBrack:
		return p.openBrack > 0
	case tRParen:
		return p.openParen > 0
	case tIn:
		return p.openLet > 0
	case tEOF:
		return true
	}
	return false
}

// --- expressions -------------------------------------------------------------

// parseExpr parses expr (expr_function in Nix's grammar).
func (p *parser) parseExpr() Expr {
	if !p.enter() {
		return p.bad()
	}
	defer p.leave()
	start := p.tok.pos
	switch p.tok.kind {
	case tID:
		switch p.afterID() {
		case tColon:
			arg := p.tok
			p.next()
			p.next()
			body := p.parseExpr()
			lam := alloc(&p.lex, &p.arena.Lambda)
			lam.Range = Span{start, p.prevEnd}
			lam.Arg, lam.ArgSpan = p.text(arg), Span{arg.pos, arg.end}
			lam.Body = body
			return lam
		case tAt:
			arg := p.tok
			p.next()
			p.next()
			lam := newNode(&p.lex, &p.arena.Lambda, Lambda{Arg: p.text(arg), ArgSpan: Span{arg.pos, arg.end}})
			if p.tok.kind != tLBrace {
				p.unexpected("'{' (a formals pattern after '@')")
				lam.Formals = &Formals{Range: Span{p.tok.pos, p.tok.pos}}
			} else {
				lam.Formals = p.parseFormals()
			}
			return p.finishLambda(start, lam)
		}
	case tLBrace:
		if p.isFormals() {
			lam := newNode(&p.lex, &p.arena.Lambda, Lambda{Formals: p.parseFormals()})
			if p.tok.kind == tAt {
				p.next()
				if p.tok.kind == tID {
					lam.Arg = p.text(p.tok)
					lam.ArgSpan = Span{p.tok.pos, p.tok.end}
					p.next()
				} else {
					p.unexpected("an identifier after '@'")
				}
			}
			return p.finishLambda(start, lam)
		}
	case tAssert:
		p.next()
		cond := p.parseExpr()
		p.expectSemi("';' after the assert condition")
		body := p.parseExpr()
		return &Assert{Range: Span{start, p.prevEnd}, Cond: cond, Body: body}
	case tWith:
		p.next()
		env := p.parseExpr()
		p.expectSemi("';' after the with expression")
		body := p.parseExpr()
		return &With{Range: Span{start, p.prevEnd}, Env: env, Body: body}
	case tLet:
		if p.peek(1).kind != tLBrace {
			return p.parseLet()
		}
	case tIf:
		return p.parseIf()
	}
	return p.parseOp(0)
}

// expectSemi expects the ';' of assert and with; when it is missing but an
// expression follows, parsing continues as if it were there.
func (p *parser) expectSemi(what string) {
	if p.tok.kind == tSemi {
		p.next()
		return
	}
	p.unexpected(what)
}

func (p *parser) finishLambda(start int, lam *Lambda) Expr {
	if lam.Formals != nil {
		p.checkFormals(lam)
	}
	if !p.expect(tColon, "':' after the function's parameters") {
		if !p.canStartExpr() {
			lam.Body = p.bad()
			lam.Range = Span{start, p.prevEnd}
			return lam
		}
	}
	lam.Body = p.parseExpr()
	lam.Range = Span{start, p.prevEnd}
	return lam
}

// isFormals decides whether the '{' at the current token opens a formals
// pattern (rather than an attribute set).
func (p *parser) isFormals() bool {
	t1 := p.peek(1)
	switch t1.kind {
	case tEllipsis:
		return true
	case tRBrace:
		k := p.peek(2).kind
		return k == tColon || k == tAt
	case tID:
		switch p.peek(2).kind {
		case tComma, tQuestion:
			return true
		case tRBrace:
			k := p.peek(3).kind
			return k == tColon || k == tAt
		}
	}
	return false
}

// parseFormals parses `{ a, b ? e, ... }`; the current token is '{'.
func (p *parser) parseFormals() *Formals {
	f := &Formals{Range: Span{Pos: p.tok.pos}}
	p.next()
	p.openBrace++
	var local [nLocal]*Formal
	k := 0
	for {
		if p.tok.kind == tRBrace || p.tok.kind == tEOF {
			break
		}
		if p.tok.kind == tEllipsis {
			f.Ellipsis = true
			p.next()
			if p.tok.kind != tRBrace {
				p.unexpected("'}' (the '...' must come last)")
				p.skipFormalsTail()
			}
			break
		}
		if p.tok.kind != tID {
			p.unexpected("a formal parameter name or '}'")
			p.skipFormalsTail()
			if p.tok.kind == tComma {
				p.next()
				continue
			}
			break
		}
		fm := newNode(&p.lex, &p.arena.Formal, Formal{Range: Span{p.tok.pos, p.tok.end}, Name: p.text(p.tok)})
		p.next()
		if p.got(tQuestion) {
			fm.Default = p.parseExpr()
			fm.End = p.prevEnd
		}
		push(&local, &k, &p.formalBuf, fm)
		if p.got(tComma) {
			continue
		}
		if p.tok.kind != tRBrace {
			p.unexpected("',' or '}'")
			p.skipFormalsTail()
			if p.got(tComma) {
				continue
			}
		}
		break
	}
	f.Items = collect(&p.lex, &p.arena.formals, &local, k, &p.formalBuf)
	p.openBrace--
	p.expect(tRBrace, "'}' to close the formals")
	f.End = p.prevEnd
	return f
}

// skipFormalsTail skips to the next ',' or '}' of a formals list.
func (p *parser) skipFormalsTail() {
	depth := 0
	for p.tok.kind != tEOF {
		switch p.tok.kind {
		case tLBrace, tLBrack, tLParen, tDollar:
			depth++
		case tRBrace, tRBrack, tRParen:
			if depth == 0 {
				return
			}
			depth--
		case tComma, tColon:
			if depth == 0 {
				return
			}
		}
		p.next()
	}
}

func (p *parser) checkFormals(lam *Lambda) {
	seen := make(map[string]bool, len(lam.Formals.Items))
	for _, fm := range lam.Formals.Items {
		if seen[fm.Name] {
			p.semanticError(fm.Pos, fm.Pos+len(fm.Name), fmt.Sprintf("duplicate formal function argument '%s'", fm.Name))
		}
		seen[fm.Name] = true
	}
	if lam.Arg != "" && seen[lam.Arg] {
		p.semanticError(lam.ArgSpan.Pos, lam.ArgSpan.End, fmt.Sprintf("duplicate formal function argument '%s'", lam.Arg))
	}
}

// semanticError records an error that does not come from the token stream
// (it is never suppressed by the one-error-per-position rule).
func (p *parser) semanticError(pos, end int, msg string) {
	p.errs = append(p.errs, &Error{Range: Span{pos, end}, Msg: msg})
}

func (p *parser) parseLet() Expr {
	start := p.tok.pos
	p.next()
	let := alloc(&p.lex, &p.arena.Let)
	p.openLet++
	let.Bindings = p.parseBindings(false)
	p.openLet--
	p.checkLet(let.Bindings)
	if p.tok.kind == tIn {
		p.next()
		let.Body = p.parseExpr()
	} else {
		p.unexpected("'in' or a binding")
		if p.canStartExpr() && p.tok.kind != tRBrace {
			let.Body = p.parseExpr()
		} else {
			let.Body = p.bad()
		}
	}
	let.Range = Span{start, p.prevEnd}
	return let
}

func (p *parser) parseIf() Expr {
	start := p.tok.pos
	p.next()
	n := alloc(&p.lex, &p.arena.If)
	n.Cond = p.parseExpr()
	if p.expect(tThen, "'then'") || p.canStartExpr() {
		n.Then = p.parseExpr()
	} else {
		n.Then = p.bad()
	}
	if p.expect(tElse, "'else'") || p.canStartExpr() {
		n.Else = p.parseExpr()
	} else {
		n.Else = p.bad()
	}
	n.Range = Span{start, p.prevEnd}
	return n
}

// binary operator precedences (higher binds tighter), as in Nix's grammar.
const (
	precImpl   = 1
	precOr     = 2
	precAnd    = 3
	precEq     = 4
	precCmp    = 5
	precUpdate = 6
	precNot    = 7
	precAdd    = 8
	precMul    = 9
	precConcat = 10
	precHas    = 11
	precNeg    = 12
)

// binop describes the binary operator at the current token.
func binop(k tokKind) (op Op, prec int, right, nonassoc bool) {
	switch k {
	case tImpl:
		return OpImpl, precImpl, true, false
	case tOr:
		return OpOr, precOr, false, false
	case tAnd:
		return OpAnd, precAnd, false, false
	case tEq:
		return OpEq, precEq, false, true
	case tNeq:
		return OpNotEq, precEq, false, true
	case tLess:
		return OpLess, precCmp, false, true
	case tLeq:
		return OpLessEq, precCmp, false, true
	case tGreater:
		return OpGreater, precCmp, false, true
	case tGeq:
		return OpGreaterEq, precCmp, false, true
	case tUpdate:
		return OpUpdate, precUpdate, true, false
	case tPlus:
		return OpAdd, precAdd, false, false
	case tMinus:
		return OpSub, precAdd, false, false
	case tStar:
		return OpMul, precMul, false, false
	case tSlash:
		return OpDiv, precMul, false, false
	case tConcat:
		return OpConcat, precConcat, true, false
	case tQuestion:
		return OpInvalid, precHas, false, false
	}
	return OpInvalid, 0, false, false
}

// parseOp parses operators of precedence >= min (expr_op).
func (p *parser) parseOp(min int) Expr {
	if !p.enter() {
		return p.bad()
	}
	// (No deferred leave: this runs for every operand.)
	start := p.tok.pos
	x := p.parseUnary()
	lastNonassoc := 0
	for {
		if p.tok.kind == tPipe {
			p.unexpected("")
			p.next()
			y := p.parseOp(precImpl + 1)
			x = newNode(&p.lex, &p.arena.Binary, Binary{Range: Span{start, p.prevEnd}, Op: OpInvalid, OpPos: -1, X: x, Y: y})
			continue
		}
		op, prec, right, nonassoc := binop(p.tok.kind)
		if prec == 0 || prec < min {
			p.depth--
			return x
		}
		if nonassoc && prec == lastNonassoc {
			p.unexpected("")
		}
		opPos := p.tok.pos
		p.next()
		if prec == precHas {
			path := p.parseAttrPath("an attribute path after '?'", false)
			x = &HasAttr{Range: Span{start, p.prevEnd}, Expr: x, Path: path}
			lastNonassoc = 0
			continue
		}
		next := prec + 1
		if right {
			next = prec
		}
		y := p.parseOp(next)
		b := alloc(&p.lex, &p.arena.Binary)
		b.Range = Span{start, p.prevEnd}
		b.Op, b.OpPos = op, opPos
		b.X, b.Y = x, y
		x = b
		if nonassoc {
			lastNonassoc = prec
		} else {
			lastNonassoc = 0
		}
	}
}

// parseUnary parses `!x`, `-x` or an application.
func (p *parser) parseUnary() Expr {
	start := p.tok.pos
	switch p.tok.kind {
	case tNot:
		p.next()
		x := p.parseOp(precNot + 1)
		return newNode(&p.lex, &p.arena.Unary, Unary{Range: Span{start, p.prevEnd}, Op: OpNot, X: x})
	case tMinus:
		p.next()
		x := p.parseOp(precNeg + 1)
		return newNode(&p.lex, &p.arena.Unary, Unary{Range: Span{start, p.prevEnd}, Op: OpNeg, X: x})
	}
	return p.parseApp()
}

// canStartSelect reports whether the current token can start an
// expr_select (an operand of application or a list element).
func (p *parser) canStartSelect() bool {
	k := p.tok.kind
	return startsSelect[k] || k == tLet && p.peek(1).kind == tLBrace
}

var startsSelect = func() (t [256]bool) {
	for _, k := range []tokKind{tID, tInt, tFloat, tStrOpen, tIndOpen, tPath, tHPath, tSPath, tURI,
		tLParen, tLBrace, tLBrack, tRec} {
		t[k] = true
	}
	return t
}()

// canStartExpr reports whether the current token can start an expression.
func (p *parser) canStartExpr() bool {
	switch p.tok.kind {
	case tID, tInt, tFloat, tStrOpen, tIndOpen, tPath, tHPath, tSPath, tURI,
		tLParen, tLBrace, tLBrack, tRec, tLet, tIf, tWith, tAssert, tNot, tMinus:
		return true
	}
	return false
}

// looksLikeBinding reports whether the tokens ahead look like the start of
// a binding `a.b =` or `inherit`: they can never continue an expression, so
// stopping there recovers from a missing ';'.
func (p *parser) looksLikeBinding() bool {
	if p.tok.kind == tInherit {
		return true
	}
	if p.tok.kind != tID && p.tok.kind != tOrKw {
		return false
	}
	for i := 1; i < len(p.ahead); i += 2 {
		switch p.peek(i).kind {
		case tAssign:
			return true
		case tDot:
			if k := p.peek(i + 1).kind; k != tID && k != tOrKw {
				return false
			}
		default:
			return false
		}
	}
	return false
}

func (p *parser) parseApp() Expr {
	start := p.tok.pos
	fn := p.parseSelect()
	for p.canStartSelect() && !p.looksLikeBinding() {
		arg := p.parseSelect()
		app := alloc(&p.lex, &p.arena.Apply)
		app.Range = Span{start, p.prevEnd}
		app.Fn, app.Arg = fn, arg
		fn = app
	}
	return fn
}

func (p *parser) parseSelect() Expr {
	if !p.enter() {
		return p.bad()
	}
	// (No deferred leave: this runs for every operand.)
	start := p.tok.pos
	x := p.parseSimple()
	switch p.tok.kind {
	case tDot:
		p.next()
		sel := alloc(&p.lex, &p.arena.Select)
		sel.Expr = x
		sel.Path = p.parseAttrPath("an attribute name after '.'", true)
		if p.tok.kind == tOrKw {
			p.next()
			if p.canStartSelect() {
				sel.Default = p.parseSelect()
			} else {
				p.unexpected("a default value after 'or'")
				sel.Default = p.bad()
			}
		}
		sel.Range = Span{start, p.prevEnd}
		p.depth--
		return sel
	case tOrKw:
		// `f or` applies f to a variable named "or" (kept for compatibility).
		v := newNode(&p.lex, &p.arena.Var, Var{Range: Span{p.tok.pos, p.tok.end}, Name: "or"})
		p.next()
		p.depth--
		return newNode(&p.lex, &p.arena.Apply, Apply{Range: Span{start, p.prevEnd}, Fn: x, Arg: v})
	}
	p.depth--
	return x
}

// parseAttrPath parses `a.b."c".${d}` (at least one name).
func (p *parser) parseAttrPath(what string, afterDot bool) []*AttrName {
	var local [nLocal]*AttrName
	k := 0
	for {
		n := p.parseAttrName()
		if n == nil {
			p.unexpected(what)
			// A placeholder name: right after the '.' when there is one,
			// so that a cursor there finds it.
			var b *BadExpr
			if afterDot {
				b = &BadExpr{Range: Span{p.prevEnd, p.prevEnd}}
			} else {
				b = p.bad()
			}
			push(&local, &k, &p.pathBuf, newNode(&p.lex, &p.arena.AttrName, AttrName{Range: b.Range, Expr: b}))
			return collect(&p.lex, &p.arena.paths, &local, k, &p.pathBuf)
		}
		push(&local, &k, &p.pathBuf, n)
		if p.tok.kind != tDot {
			return collect(&p.lex, &p.arena.paths, &local, k, &p.pathBuf)
		}
		p.next()
		what = "an attribute name after '.'"
		afterDot = true
	}
}

func (p *parser) canStartAttrName() bool {
	switch p.tok.kind {
	case tID, tOrKw, tStrOpen, tDollar:
		return true
	}
	return false
}

// parseAttrName parses one attribute name, or returns nil (consuming
// nothing) when the current token cannot start one.
func (p *parser) parseAttrName() *AttrName {
	t := p.tok
	switch t.kind {
	case tID, tOrKw:
		p.next()
		n := alloc(&p.lex, &p.arena.AttrName)
		n.Range = Span{t.pos, t.end}
		n.Name = p.text(t)
		return n
	case tStrOpen:
		s := p.parseString()
		n := newNode(&p.lex, &p.arena.AttrName, AttrName{Range: s.Range, Quoted: true})
		if name, ok := staticString(s); ok {
			n.Name = name
		} else {
			n.Expr = s
		}
		return n
	case tDollar:
		p.next()
		e := p.parseExpr()
		p.closeInterp()
		n := newNode(&p.lex, &p.arena.AttrName, AttrName{Range: Span{t.pos, p.prevEnd}})
		if name, ok := staticString(e); ok {
			// ${"a"} is a static name in Nix.
			n.Name = name
		} else {
			n.Expr = e
		}
		return n
	}
	return nil
}

// staticString returns the value of a string literal without
// interpolation (Nix treats such attribute names as static).
func staticString(e Expr) (string, bool) {
	s, ok := e.(*String)
	if !ok {
		return "", false
	}
	switch len(s.Parts) {
	case 0:
		return "", true
	case 1:
		if s.Parts[0].Expr == nil {
			return s.Parts[0].Lit, true
		}
	}
	return "", false
}

// closeInterp expects the '}' of an interpolation; on error it skips to it.
func (p *parser) closeInterp() {
	if p.tok.kind == tRBrace {
		p.next()
		return
	}
	p.unexpected("'}' to close the interpolation")
	depth := 0
	for p.tok.kind != tEOF {
		switch p.tok.kind {
		case tLBrace, tDollar:
			depth++
		case tRBrace:
			if depth == 0 {
				p.next()
				return
			}
			depth--
		}
		p.next()
	}
}

func (p *parser) parseSimple() Expr {
	t := p.tok
	switch t.kind {
	case tID:
		p.next()
		v := alloc(&p.lex, &p.arena.Var)
		v.Range = Span{t.pos, t.end}
		v.Name = p.text(t)
		return v
	case tInt:
		p.next()
		v, err := strconv.ParseInt(p.text(t), 10, 64)
		if err != nil {
			p.semanticError(t.pos, t.end, fmt.Sprintf("invalid integer '%s'", p.text(t)))
		}
		return newNode(&p.lex, &p.arena.Int, Int{Range: Span{t.pos, t.end}, Value: v})
	case tFloat:
		p.next()
		v, err := strconv.ParseFloat(p.text(t), 64)
		// Like strtod's ERANGE in Nix: overflow, underflow to zero and
		// subnormal results are errors.
		if err != nil || (v == 0 && hasNonZeroDigit(p.text(t))) || (v != 0 && math.Abs(v) < 0x1p-1022) {
			p.semanticError(t.pos, t.end, fmt.Sprintf("invalid float '%s'", p.text(t)))
		}
		return &Float{Range: Span{t.pos, t.end}, Value: v}
	case tStrOpen:
		return p.parseString()
	case tIndOpen:
		return p.parseIndString()
	case tPath, tHPath:
		return p.parsePath()
	case tSPath:
		p.next()
		parts := takeSlice(&p.lex, &p.arena.parts, 1)
		parts[0] = StrPart{Range: Span{t.pos + 1, t.end - 1}, Lit: p.lex.src[t.pos+1 : t.end-1]}
		return newNode(&p.lex, &p.arena.Path, Path{Range: Span{t.pos, t.end}, Kind: PathSearch, Parts: parts})
	case tURI:
		p.next()
		return &URI{Range: Span{t.pos, t.end}, Value: p.text(t)}
	case tLParen:
		p.next()
		p.openParen++
		e := p.parseExpr()
		p.openParen--
		if !p.got(tRParen) {
			p.unexpected("')'")
		}
		return e
	case tLet:
		if p.peek(1).kind == tLBrace {
			p.next()
			set := p.parseAttrSet(true)
			body := newNode(&p.lex, &p.arena.AttrName, AttrName{Range: Span{t.pos, t.pos}, Name: "body"})
			return newNode(&p.lex, &p.arena.Select, Select{Range: Span{t.pos, p.prevEnd}, Expr: set, Path: []*AttrName{body}, Legacy: true})
		}
	case tRec:
		p.next()
		if p.tok.kind != tLBrace {
			p.unexpected("'{' after 'rec'")
			return p.bad()
		}
		set := p.parseAttrSet(true)
		set.Pos = t.pos
		return set
	case tLBrace:
		return p.parseAttrSet(false)
	case tLBrack:
		return p.parseList()
	}
	// Constructs that Nix does not allow as operands: report, then parse
	// them anyway so that the rest of the tree stays usable.
	switch t.kind {
	case tIf, tLet, tWith, tAssert:
		p.errorAt(t.pos, t.end, "syntax error, unexpected "+t.kind.String()+" here (wrap it in parentheses)")
		return p.parseExpr()
	}
	p.unexpected("an expression")
	b := p.bad()
	// Skip a stray token that cannot end anything, so that callers progress.
	switch t.kind {
	case tInvalid, tPipe, tDot, tColon, tAt, tAssign, tComma, tEllipsis, tQuestion, tStar, tThen, tElse, tInherit, tOrKw:
		p.next()
		b.End = p.prevEnd
	}
	return b
}

func hasNonZeroDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 'e' || s[i] == 'E' {
			return false
		}
		if s[i] >= '1' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func (p *parser) parseList() Expr {
	l := alloc(&p.lex, &p.arena.List)
	l.Pos = p.tok.pos
	p.next()
	p.openBrack++
	var local [nLocal]Expr
	k := 0
	for {
		if p.tok.kind == tRBrack {
			break
		}
		if p.canStartSelect() {
			e := p.parseSelect()
			push(&local, &k, &p.exprBuf, e)
			continue
		}
		if p.tok.kind == tSemi || p.isOpenCloser() {
			break
		}
		p.unexpected("a list element or ']'")
		switch p.tok.kind {
		case tIf, tLet, tWith, tAssert, tMinus, tNot:
			// Parse the operand Nix would need parenthesised.
			e := p.parseExpr()
			push(&local, &k, &p.exprBuf, e)
		default:
			p.next()
		}
	}
	l.Elems = collect(&p.lex, &p.arena.exprs, &local, k, &p.exprBuf)
	p.openBrack--
	if !p.got(tRBrack) {
		p.unexpected("']'")
	}
	l.End = p.prevEnd
	return l
}

// parseAttrSet parses `{ bindings }`; the current token is '{'.
func (p *parser) parseAttrSet(rec bool) *AttrSet {
	s := alloc(&p.lex, &p.arena.AttrSet)
	s.Pos, s.Rec = p.tok.pos, rec
	p.next()
	p.openBrace++
	s.Bindings = p.parseBindings(true)
	p.openBrace--
	if !p.got(tRBrace) {
		p.unexpected("'}' or a binding")
	}
	s.End = p.prevEnd
	p.checkSet(s)
	return s
}

// parseBindings parses bindings up to '}' (inSet) or 'in'.
func (p *parser) parseBindings(inSet bool) []Binding {
	var local [nLocal]Binding
	k := 0
loop:
	for {
		switch p.tok.kind {
		case tEOF:
			break loop
		case tRBrace:
			if inSet || p.openBrace > 0 {
				break loop
			}
		case tIn:
			if !inSet || p.openLet > 0 {
				break loop
			}
		case tRParen:
			if p.openParen > 0 {
				break loop
			}
		case tRBrack:
			if p.openBrack > 0 {
				break loop
			}
		}
		if b := p.parseBinding(); b != nil {
			push(&local, &k, &p.bindBuf, b)
		}
	}
	return collect(&p.lex, &p.arena.bindings, &local, k, &p.bindBuf)
}

// parseBinding parses one `path = value;` or inherit; it always consumes
// at least one token.
func (p *parser) parseBinding() Binding {
	start := p.tok.pos
	if p.tok.kind == tInherit {
		p.next()
		in := alloc(&p.lex, &p.arena.Inherit)
		if p.tok.kind == tLParen {
			p.next()
			p.openParen++
			in.From = p.parseExpr()
			p.openParen--
			if !p.got(tRParen) {
				p.unexpected("')'")
			}
		}
		var local [nLocal]*AttrName
		k := 0
		for {
			n := p.parseAttrName()
			if n == nil {
				break
			}
			if n.Expr != nil {
				p.semanticError(n.Pos, n.End, "dynamic attributes not allowed in inherit")
			}
			push(&local, &k, &p.pathBuf, n)
		}
		in.Names = collect(&p.lex, &p.arena.paths, &local, k, &p.pathBuf)
		p.endBinding()
		in.Range = Span{start, p.prevEnd}
		return in
	}
	if !p.canStartAttrName() {
		// Nothing that could start a binding: skip stray tokens up to
		// the next binding, a ';' or a closing delimiter.
		p.unexpected("a binding (an attribute name or 'inherit')")
		p.next()
		for p.tok.kind != tEOF && !p.canStartAttrName() && p.tok.kind != tInherit && !p.isOpenCloser() {
			if p.got(tSemi) {
				break
			}
			p.next()
		}
		return nil
	}
	path := p.parseAttrPath("an attribute name", false)
	a := alloc(&p.lex, &p.arena.Attr)
	a.Path = path
	if p.tok.kind == tAssign {
		p.next()
		a.Value = p.parseExpr()
	} else {
		p.unexpected("'='")
		if p.canStartExpr() && !p.looksLikeBinding() {
			a.Value = p.parseExpr()
		} else {
			a.Value = p.bad()
		}
	}
	p.endBinding()
	a.Range = Span{start, p.prevEnd}
	return a
}

// endBinding expects the ';' ending a binding and recovers when missing.
func (p *parser) endBinding() {
	if p.got(tSemi) {
		return
	}
	p.unexpected("';'")
	// Skip to the next ';' (consumed), closing delimiter or binding start.
	depth := 0
	for p.tok.kind != tEOF {
		if depth == 0 && (p.looksLikeBinding() || p.isOpenCloser()) {
			return
		}
		switch p.tok.kind {
		case tLBrace, tLBrack, tLParen, tDollar, tStrOpen, tIndOpen:
			depth++
		case tRBrace, tRBrack, tRParen, tStrClose, tIndClose:
			if depth > 0 {
				depth--
			}
		case tSemi:
			if depth == 0 {
				p.next()
				return
			}
		}
		p.next()
	}
}

// --- strings and paths --------------------------------------------------------

func (p *parser) parseString() *String {
	s := alloc(&p.lex, &p.arena.String)
	s.Pos = p.tok.pos
	p.next()
	if p.tok.kind == tStr && p.peek(1).kind == tStrClose {
		// A string without interpolation (the common case) needs no stack.
		parts := takeSlice(&p.lex, &p.arena.parts, 1)
		parts[0] = StrPart{Range: Span{p.tok.pos, p.tok.end}, Lit: p.text(p.tok)}
		p.next()
		p.next()
		s.Parts = parts
		s.End = p.prevEnd
		return s
	}
	var local [nLocal]StrPart
	k := 0
	for {
		switch p.tok.kind {
		case tStr:
			push(&local, &k, &p.partBuf, StrPart{Range: Span{p.tok.pos, p.tok.end}, Lit: p.text(p.tok)})
			p.next()
			continue
		case tDollar:
			part := p.parseInterp()
			push(&local, &k, &p.partBuf, part)
			continue
		case tStrClose:
			p.next()
		default:
			p.unterminated(s.Pos, s.Pos+1, "unterminated string: '\"' has no matching '\"'")
		}
		break
	}
	s.Parts = collect(&p.lex, &p.arena.parts, &local, k, &p.partBuf)
	s.End = p.prevEnd
	return s
}

func (p *parser) parseInterp() StrPart {
	start := p.tok.pos
	p.next()
	e := p.parseExpr()
	p.closeInterp()
	return StrPart{Range: Span{start, p.prevEnd}, Expr: e}
}

// indPiece is a token of an indented string before indentation stripping.
type indPiece struct {
	span Span
	text string
	ind  bool // raw text (subject to stripping); false for escapes
	expr Expr
}

func (p *parser) parseIndString() *String {
	s := newNode(&p.lex, &p.arena.String, String{Range: Span{Pos: p.tok.pos}, Indented: true})
	p.next()
	base := len(p.pieceBuf)
	for {
		switch p.tok.kind {
		case tIndStr:
			p.pieceBuf = append(p.pieceBuf, indPiece{span: Span{p.tok.pos, p.tok.end}, text: p.text(p.tok), ind: p.tok.ind})
			p.next()
			continue
		case tDollar:
			part := p.parseInterp()
			p.pieceBuf = append(p.pieceBuf, indPiece{span: part.Range, expr: part.Expr})
			continue
		case tIndClose:
			p.next()
		default:
			p.unterminated(s.Pos, s.Pos+2, "unterminated string: \"''\" has no matching \"''\"")
		}
		break
	}
	pieces := p.pieceBuf[base:]
	s.Parts = stripIndentation(pieces, takeSlice(&p.lex, &p.arena.parts, len(pieces)))
	p.pieceBuf = p.pieceBuf[:base]
	s.End = p.prevEnd
	return s
}

// stripIndentation implements Nix's indentation stripping of indented strings:
// the smallest indentation (in spaces) of the lines that contain anything
// but spaces is removed from every line; an escape or interpolation counts
// as content; a final line made only of spaces is dropped.
// The parts are written to parts, which has one element per piece.
func stripIndentation(pieces []indPiece, parts []StrPart) []StrPart {
	if len(pieces) == 0 {
		return nil
	}
	atStart := true
	minIndent := 1000000
	cur := 0
	for _, pc := range pieces {
		if pc.expr != nil || !pc.ind {
			if atStart {
				atStart = false
				if cur < minIndent {
					minIndent = cur
				}
			}
			continue
		}
		for j := 0; j < len(pc.text); j++ {
			c := pc.text[j]
			if atStart {
				if c == ' ' {
					cur++
				} else if c == '\n' {
					cur = 0
				} else {
					atStart = false
					if cur < minIndent {
						minIndent = cur
					}
				}
			} else if c == '\n' {
				atStart = true
				cur = 0
			}
		}
	}

	parts = parts[:0]
	atStart = true
	dropped := 0
	var b strings.Builder
	for i, pc := range pieces {
		if pc.expr != nil {
			atStart = false
			dropped = 0
			parts = append(parts, StrPart{Range: pc.span, Expr: pc.expr})
			continue
		}
		b.Reset()
		changed := false
		for j := 0; j < len(pc.text); j++ {
			c := pc.text[j]
			if atStart {
				if c == ' ' {
					if dropped >= minIndent {
						b.WriteByte(c)
					} else {
						changed = true
					}
					dropped++
				} else if c == '\n' {
					dropped = 0
					b.WriteByte(c)
				} else {
					atStart = false
					dropped = 0
					b.WriteByte(c)
				}
			} else {
				b.WriteByte(c)
				if c == '\n' {
					atStart = true
				}
			}
		}
		text := pc.text
		if changed {
			text = b.String()
		}
		if i == len(pieces)-1 {
			if k := strings.LastIndexByte(text, '\n'); k >= 0 && strings.Trim(text[k+1:], " ") == "" {
				text = text[:k+1]
			}
		}
		parts = append(parts, StrPart{Range: pc.span, Lit: text})
	}
	return parts
}

func (p *parser) parsePath() Expr {
	t := p.tok
	n := newNode(&p.lex, &p.arena.Path, Path{Range: Span{Pos: t.pos}})
	switch {
	case t.kind == tHPath:
		n.Kind = PathHome
	case p.text(t)[0] == '/':
		n.Kind = PathAbsolute
	default:
		n.Kind = PathRelative
	}
	var local [nLocal]StrPart
	local[0] = StrPart{Range: Span{t.pos, t.end}, Lit: p.text(t)}
	k := 1
	p.next()
	interp := false
	strsBefore := 0
	for {
		switch p.tok.kind {
		case tStr:
			if !interp {
				strsBefore++
				if strsBefore > 1 || p.peek(1).kind != tDollar {
					p.errorAt(p.tok.pos, p.tok.end, "syntax error, unexpected path segment '"+p.text(p.tok)+"' (a path cannot contain '//')")
				}
			}
			push(&local, &k, &p.partBuf, StrPart{Range: Span{p.tok.pos, p.tok.end}, Lit: p.text(p.tok)})
			p.next()
			continue
		case tDollar:
			interp = true
			part := p.parseInterp()
			push(&local, &k, &p.partBuf, part)
			continue
		case tPathEnd:
			p.next()
		}
		break
	}
	n.Parts = collect(&p.lex, &p.arena.parts, &local, k, &p.partBuf)
	n.End = p.prevEnd
	return n
}
