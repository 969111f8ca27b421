# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let s = { "b" = "v14"; "c" = null; "_z" = { "a" = "s11"; "x-y" = true; }; "a" = false; }; in builtins.attrValues (removeAttrs s [ "x-y" ]))
