# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.catAttrs "b" [ { "b" = 9; "x-y" = { "a" = 1.5; "c" = true; }; "a" = null; } { "x-y" = false; } {  } ])
