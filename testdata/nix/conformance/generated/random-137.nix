# Mixed operators, coercions and builtins in one expression; compared like every other case.
(let s = { "c" = "v10"; "x-y" = false; "_z" = false; "a" = [ [  ] 39 ]; }; in builtins.attrValues (removeAttrs s [ "a" ]))
