# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.zipAttrsWith (n: vs: builtins.length vs) [ { "x-y" = null; "_z" = 3; "b" = false; } { "a" = false; "b" = 17; "x-y" = { "a" = true; "c" = "s37"; "x-y" = "s15"; }; } ])
