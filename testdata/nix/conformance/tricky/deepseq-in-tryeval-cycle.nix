let x = { self = x; v = 1; }; in (builtins.tryEval (builtins.deepSeq x x.v)).value
