builtins.tryEval [ 1 2 ]
