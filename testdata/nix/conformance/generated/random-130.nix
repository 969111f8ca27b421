# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.tryEval (if 25 > (-2) then throw "t" else false))
