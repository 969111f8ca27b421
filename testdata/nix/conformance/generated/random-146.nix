# Mixed operators, coercions and builtins in one expression; compared like every other case.
(toString [ -1 false true [ 1 ] [ 1 ] ])
