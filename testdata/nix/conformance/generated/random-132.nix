# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.tryEval (if 32 > 6 then throw "t" else [ false 38 (-9) ]))
