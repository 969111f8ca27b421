# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let s = { "x-y" = 27; "b" = {  }; "c" = null; }; in builtins.attrValues (removeAttrs s [ "_z" ]))
