# Mixed operators, coercions and builtins in one expression; compared like every other case.
([ (true) ] ++ [ (((false && false) && (!false))) (({ e = ((toString 1.0e3) + "x y"); b = "pre-${""}"; d = 3; } ? b)) ("pre-${(toString 2.25)}") ("pre-${""}") ])
