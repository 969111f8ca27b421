# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.filter (x: builtins.isInt x && x > 0) [ 8 (-3) 14 28 8 19 ])
