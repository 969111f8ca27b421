builtins.tryEval (builtins.tryEval (abort "x"))
