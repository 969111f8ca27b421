# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.zipAttrsWith (n: vs: builtins.length vs) [ { "x-y" = 5; "_z" = false; "b" = { "x-y" = true; "c" = null; }; } { "c" = [  ]; "_z" = null; "a" = null; } ])
