builtins.length [ (builtins.tryEval (abort "not reached")) ]
