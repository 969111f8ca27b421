# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.catAttrs "b" [ { "a" = false; "x-y" = -3; "b" = null; } { "c" = 2; "_z" = [ false [  ] "v(-4)" ]; } {  } ])
