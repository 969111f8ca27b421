# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.zipAttrsWith (n: vs: builtins.length vs) [ { "_z" = null; "c" = { "x-y" = true; }; } { "a" = false; "_z" = null; "x-y" = { "a" = "s16"; "c" = true; "x-y" = -1; }; "b" = { "_z" = 1.5; "c" = null; "b" = 18; "x-y" = null; }; } ])
