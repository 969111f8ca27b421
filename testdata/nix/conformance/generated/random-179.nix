# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.catAttrs "a" [ { "x-y" = "v12"; "b" = "v-5"; "a" = null; } { "x-y" = null; "c" = 37; "a" = { "c" = 13; "b" = null; }; "_z" = { "b" = true; }; } {  } ])
