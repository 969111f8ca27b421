builtins.tryEval (builtins.deepSeq { a.b = throw "x"; } 1)
