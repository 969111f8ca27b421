# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.filter (x: builtins.isInt x && x > (-6)) [ 22 -5 10 ])
