# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let s = { "b" = { "b" = 1.5; }; "x-y" = null; }; in builtins.attrValues (removeAttrs s [ "c" ]))
