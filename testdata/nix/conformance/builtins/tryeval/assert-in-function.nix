builtins.tryEval ((x: assert x > 1; x) 0)
