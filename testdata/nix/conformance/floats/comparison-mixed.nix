[ (1 == 1.0) (1 < 1.0000001) (0.1 + 0.2 > 0.3) (builtins.lessThan 2 2.5) (builtins.sort builtins.lessThan [ 3 1.5 2 0.5 ]) ]
