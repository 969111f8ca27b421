# Mixed operators, coercions and builtins in one expression; compared like every other case.
(map (x: if builtins.isInt x then x * 2 else x) [ { "x-y" = "s22"; "b" = 32; "a" = 1.5; "_z" = 1.5; } { "_z" = true; "x-y" = true; "c" = null; } [ 35 { "a" = null; "b" = 1.5; "c" = "s24"; "_z" = "s37"; } ] ])
