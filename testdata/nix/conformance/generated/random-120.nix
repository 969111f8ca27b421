# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let s = { "x-y" = { "_z" = (-9); "a" = (-2); }; "c" = false; "_z" = null; }; in builtins.attrValues (removeAttrs s [ "c" ]))
