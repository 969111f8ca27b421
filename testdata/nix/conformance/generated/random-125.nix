# Mixed operators, coercions and builtins in one expression; compared like every other case.
(map (x: if builtins.isInt x then x * 2 else x) [ false { "x-y" = 1.5; "c" = (-8); "b" = "s12"; } null ])
