# Mixed operators, coercions and builtins in one expression; compared like every other case.
([ ((((1.0e3 + - 7) != 17) || (true && true))) (("nix" == "x y")) ((38 > 38)) (- 17) ] ++ [  ])
