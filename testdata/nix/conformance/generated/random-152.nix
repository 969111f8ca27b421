# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let s = { "_z" = null; }; in builtins.attrValues (removeAttrs s [ "_z" ]))
