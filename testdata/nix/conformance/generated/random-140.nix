# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.genList (i: (x: builtins.typeOf x) i) 1)
