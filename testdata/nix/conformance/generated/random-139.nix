# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.all (x: x != null) [  ])
