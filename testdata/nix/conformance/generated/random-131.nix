# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.all (x: x != null) [ { "x-y" = null; "b" = "s4"; "_z" = 1.5; } ])
