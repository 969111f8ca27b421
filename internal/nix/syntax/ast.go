// Package syntax is the Nix language front end: lexer, error-tolerant
// recursive-descent parser and the abstract syntax tree. It never evaluates.
//
// Every node records the byte offsets [Pos, End) of its source text in the
// File it came from. Offsets are bytes; conversion to line/column (and to
// UTF-16 columns for the language server) goes through LineIndex.
package syntax

// Node is any syntax tree node.
type Node interface {
	// Span returns the byte offsets [start, end) of the node in its file.
	Span() (start, end int)
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Span carries the byte offsets of a node; every node embeds it (as Range).
type Span struct {
	Pos int // offset of the first byte
	End int // offset just past the last byte
}

// Span implements Node.
func (s Span) Span() (int, int) { return s.Pos, s.End }

// Range is Span under the name used for embedding: nodes embed Range (not
// Span) because an embedded field named Span would hide the Span method
// and no node would implement Node. Pos and End are promoted as usual, so
// n.Pos, n.End and n.Span() all work; composite literals use
// Range: Span{Pos: p, End: e}.
type Range = Span

// File is the result of parsing one source text. Expr is never nil: on
// syntax errors it is a partial tree in which missing parts are *BadExpr.
type File struct {
	Name     string // path or pseudo-name such as "(string)"
	Src      []byte
	Expr     Expr
	Comments []*Comment // every comment, in source order
	Errors   []*Error   // every syntax error, in source order
	Lines    *LineIndex

	arena *arena // where the tree's nodes live, until Release
}

// Release hands the memory of the syntax tree back for later parses to
// reuse, and sets Expr to nil. Call it only when nothing refers to any node
// of the tree any more (a compiler that copied what it keeps, for
// instance); Name, Src, Comments, Errors and Lines stay valid. Releasing
// is optional: an unreleased tree is collected as usual.
func (f *File) Release() {
	if f.arena == nil {
		return
	}
	f.Expr = nil
	f.arena.release()
	f.arena = nil
}

// Comment is a `# …` line comment or a `/* … */` block comment.
type Comment struct {
	Range
	Text  string // raw text including the comment markers
	Block bool
}

// Error is a syntax error with the range it concerns.
type Error struct {
	Range
	Msg string
}

func (e *Error) Error() string { return e.Msg }

// --- literals -------------------------------------------------------------

// Int is an integer literal.
type Int struct {
	Range
	Value int64
}

// Float is a floating point literal.
type Float struct {
	Range
	Value float64
}

// StrPart is one piece of a string, path or dynamic attribute name: literal
// text (already unescaped, and for indented strings already stripped of
// indentation) when Expr is nil, otherwise an interpolation `${Expr}`.
type StrPart struct {
	Range
	Lit  string
	Expr Expr
}

// String is a double-quoted string literal or an indented string literal
// (delimited by two single quotes). As in Nix, an indented string has one
// part per token: each escape is a literal part of its own, and literal
// parts may be empty after indentation stripping; a double-quoted string
// never has two literal parts in a row. Parts is empty for "".
type String struct {
	Range
	Parts    []StrPart
	Indented bool
}

// PathKind tells how a path literal is anchored.
type PathKind uint8

const (
	PathRelative PathKind = iota // ./a, a/b, ../x
	PathAbsolute                 // /etc/x
	PathHome                     // ~/x
	PathSearch                   // <nixpkgs/lib>
)

// Path is a path literal. For PathSearch, Parts holds one literal with the
// text between the angle brackets. Other kinds may be interpolated
// (./foo/${x}); the literal parts keep the source text as written.
type Path struct {
	Range
	Kind  PathKind
	Parts []StrPart
}

// URI is an unquoted URI literal such as https://example.org/x.
type URI struct {
	Range
	Value string
}

// --- names, sets, lets ----------------------------------------------------

// Var is a variable reference.
type Var struct {
	Range
	Name string
}

// AttrName is one component of an attribute path. Static names (identifiers
// and strings without interpolation) have Expr == nil and the name in Name.
// Dynamic names (`${e}` or "a${e}") have Expr set (a *String for the quoted
// form, any expression for the `${}` form).
//
// `${"a"}` (an interpolation of a plain string literal) is
// static, as in Nix. After a syntax error, a missing name is an AttrName
// whose Expr is an empty *BadExpr (right after the '.', for completion).
type AttrName struct {
	Range
	Name   string
	Expr   Expr
	Quoted bool // written as a string literal
}

// Binding is an entry in an attribute set or let: *Attr or *Inherit.
type Binding interface {
	Node
	bindingNode()
}

// Attr is `a.b.c = Value;`.
type Attr struct {
	Range
	Path  []*AttrName
	Value Expr
}

// Inherit is `inherit a b;` or `inherit (From) a b;`.
type Inherit struct {
	Range
	From  Expr // nil for a plain inherit
	Names []*AttrName
}

// AttrSet is `{ … }` or `rec { … }`.
type AttrSet struct {
	Range
	Rec      bool
	Bindings []Binding
}

// Let is `let … in Body`. The legacy `let { …; body = …; }` form is parsed
// as a *Select of `body` from a recursive *AttrSet, with Legacy set on the Select.
type Let struct {
	Range
	Bindings []Binding
	Body     Expr
}

// List is `[ … ]`.
type List struct {
	Range
	Elems []Expr
}

// --- functions -------------------------------------------------------------

// Formal is one `name` or `name ? default` in a formals pattern.
type Formal struct {
	Range
	Name    string
	Default Expr // nil when there is no default
}

// Formals is the `{ a, b ? 1, ... }` pattern of a function.
type Formals struct {
	Range
	Items    []*Formal
	Ellipsis bool
}

// Lambda is a function. Either Arg is set (`x: …`), or Formals (`{ … }: …`),
// or both (`args@{ … }: …` or `{ … }@args: …`).
type Lambda struct {
	Range
	Arg     string // "" when absent
	ArgSpan Span   // position of Arg
	Formals *Formals
	Body    Expr
}

// Apply is function application `Fn Arg`.
type Apply struct {
	Range
	Fn  Expr
	Arg Expr
}

// --- operators --------------------------------------------------------------

// Select is `Expr.a.b` or `Expr.a.b or Default`. For Legacy, Path is the
// single name `body` with an empty span at the `let` keyword.
// (`f or`, without a preceding '.', is an *Apply of f to the Var "or".)
type Select struct {
	Range
	Expr    Expr
	Path    []*AttrName
	Default Expr // nil without `or`
	Legacy  bool // desugared legacy `let { }`
}

// HasAttr is `Expr ? a.b`.
type HasAttr struct {
	Range
	Expr Expr
	Path []*AttrName
}

// Op is a unary or binary operator.
type Op uint8

const (
	OpInvalid   Op = iota
	OpNot          // !x
	OpNeg          // -x
	OpConcat       // ++
	OpMul          // *
	OpDiv          // /
	OpAdd          // +
	OpSub          // -
	OpUpdate       // //
	OpLess         // <
	OpLessEq       // <=
	OpGreater      // >
	OpGreaterEq    // >=
	OpEq           // ==
	OpNotEq        // !=
	OpAnd          // &&
	OpOr           // ||
	OpImpl         // ->
)

var opNames = [...]string{
	OpInvalid: "?", OpNot: "!", OpNeg: "-", OpConcat: "++", OpMul: "*", OpDiv: "/",
	OpAdd: "+", OpSub: "-", OpUpdate: "//", OpLess: "<", OpLessEq: "<=", OpGreater: ">",
	OpGreaterEq: ">=", OpEq: "==", OpNotEq: "!=", OpAnd: "&&", OpOr: "||", OpImpl: "->",
}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "?"
}

// Unary is `!X` or `-X`.
type Unary struct {
	Range
	Op Op
	X  Expr
}

// Binary is `X Op Y`. OpPos is the offset of the operator token.
type Binary struct {
	Range
	Op    Op
	OpPos int
	X, Y  Expr
}

// If is `if Cond then Then else Else`.
type If struct {
	Range
	Cond, Then, Else Expr
}

// With is `with Env; Body`.
type With struct {
	Range
	Env, Body Expr
}

// Assert is `assert Cond; Body`.
type Assert struct {
	Range
	Cond, Body Expr
}

// BadExpr stands where the parser found no valid expression.
type BadExpr struct {
	Range
}

func (*Int) exprNode()     {}
func (*Float) exprNode()   {}
func (*String) exprNode()  {}
func (*Path) exprNode()    {}
func (*URI) exprNode()     {}
func (*Var) exprNode()     {}
func (*AttrSet) exprNode() {}
func (*Let) exprNode()     {}
func (*List) exprNode()    {}
func (*Lambda) exprNode()  {}
func (*Apply) exprNode()   {}
func (*Select) exprNode()  {}
func (*HasAttr) exprNode() {}
func (*Unary) exprNode()   {}
func (*Binary) exprNode()  {}
func (*If) exprNode()      {}
func (*With) exprNode()    {}
func (*Assert) exprNode()  {}
func (*BadExpr) exprNode() {}

func (*Attr) bindingNode()    {}
func (*Inherit) bindingNode() {}

// Parse API (implemented in parser.go):
//
//	func Parse(name string, src []byte) *File
//
// Parse never fails: it returns a File whose Errors lists every syntax error
// and whose Expr is a usable partial tree.
