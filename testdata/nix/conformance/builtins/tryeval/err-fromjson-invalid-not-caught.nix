builtins.tryEval (builtins.fromJSON "x")
