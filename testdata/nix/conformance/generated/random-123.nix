# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.all (x: x != null) [ [ 1.5 1.5 1.5 ] false [ null ] ])
