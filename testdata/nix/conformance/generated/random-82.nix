# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.sort builtins.lessThan [ 1 22 ])
