# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.genList (i: (x: { v = x; }) i) 2)
