# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.catAttrs "c" [ {  } { "_z" = [ 3 ]; "b" = "v40"; "x-y" = { "_z" = 1.5; }; "a" = 32; } { "x-y" = -1; "b" = false; } ])
