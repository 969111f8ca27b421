# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.foldl' (acc: x: acc + x) 30 [ 19 18 -1 10 ])
