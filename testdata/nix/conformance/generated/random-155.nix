# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.catAttrs "a" [ {  } { "c" = false; "a" = null; "_z" = 23; } { "_z" = false; } ])
