package syntax

// Every node type implements its interfaces (the contract with the
// evaluator and the language server).
var (
	_ Expr = (*Int)(nil)
	_ Expr = (*Float)(nil)
	_ Expr = (*String)(nil)
	_ Expr = (*Path)(nil)
	_ Expr = (*URI)(nil)
	_ Expr = (*Var)(nil)
	_ Expr = (*AttrSet)(nil)
	_ Expr = (*Let)(nil)
	_ Expr = (*List)(nil)
	_ Expr = (*Lambda)(nil)
	_ Expr = (*Apply)(nil)
	_ Expr = (*Select)(nil)
	_ Expr = (*HasAttr)(nil)
	_ Expr = (*Unary)(nil)
	_ Expr = (*Binary)(nil)
	_ Expr = (*If)(nil)
	_ Expr = (*With)(nil)
	_ Expr = (*Assert)(nil)
	_ Expr = (*BadExpr)(nil)

	_ Binding = (*Attr)(nil)
	_ Binding = (*Inherit)(nil)

	_ Node = (*AttrName)(nil)
	_ Node = (*Formal)(nil)
	_ Node = (*Formals)(nil)
	_ Node = (*Comment)(nil)
	_ Node = (*Error)(nil)
)
