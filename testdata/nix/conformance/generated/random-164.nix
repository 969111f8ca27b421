# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.catAttrs "b" [ { "a" = 18; "_z" = { "_z" = null; "b" = null; }; "c" = null; "b" = "v17"; } { "_z" = [ null null ]; } { "b" = "v29"; "x-y" = "v16"; "a" = null; "c" = { "_z" = 5; "b" = 1.5; "a" = null; }; } ])
