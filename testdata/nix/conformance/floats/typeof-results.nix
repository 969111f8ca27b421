map builtins.typeOf [ (1 + 0.5) (2 * 1.0) (1.0 - 1) (4.0 / 2) (builtins.div 4 2) (builtins.div 4.0 2) (builtins.ceil 1.0) ]
