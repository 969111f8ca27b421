# Mixed operators, coercions and builtins in one expression; compared like every other case.
(if (false -> ({ c = 38; } ? a)) then ([ (9) ] ++ [  ]) else ([ (1.5) (({ e = (((1.0e3 + 1.0e3) + (14 + 2)) + (26 + 0.5)); } ? b)) ] ++ [ ("pre-${"nix"}") ((34 * - 9)) ]))
