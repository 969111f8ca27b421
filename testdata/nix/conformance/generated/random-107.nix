# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.listToAttrs (map (x: { name = toString x; value = x; }) [ 3 "a" 21 "" 25 ]))
