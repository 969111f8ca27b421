# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.foldl' (acc: x: acc + x) 29 [ 10 30 9 (-5) 32 16 ])
