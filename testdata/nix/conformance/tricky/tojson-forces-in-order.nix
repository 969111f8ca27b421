builtins.tryEval (builtins.toJSON { a = 1; b = throw "b"; })
