# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.foldl' (acc: x: acc + x) 25 [ 40 (-7) ])
