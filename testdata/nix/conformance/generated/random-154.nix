# Mixed operators, coercions and builtins in one expression; compared like every other case.
(toString [ "s" ])
