builtins.tryEval (throw (toString 1))
