builtins.tryEval (builtins.match "(" "x")
