(builtins.tryEval { a = throw "inner"; }).value ? a
