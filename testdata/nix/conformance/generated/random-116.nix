# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.sort builtins.lessThan [ 21 1 5 28 23 ])
