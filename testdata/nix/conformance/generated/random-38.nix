# Mixed operators, coercions and builtins in one expression; compared like every other case.
([ (true) ] ++ [ (false) (((0.5 + 31) * (2.25 - 46))) ((20 - 5)) ("pre-${"a"}") ])
