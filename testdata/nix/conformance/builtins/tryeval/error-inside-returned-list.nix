builtins.length (builtins.tryEval [ (throw "x") ]).value
