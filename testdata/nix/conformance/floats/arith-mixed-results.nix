[ (1 + 0.5) (2 * 0.1) (10 / 4.0) (1 - 1.0) (builtins.add 1 1.0) (builtins.mul 3 (1.0 / 3)) (builtins.sub 0.3 0.1) ]
