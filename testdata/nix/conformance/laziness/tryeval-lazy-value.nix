builtins.tryEval [ (throw "inside") ]
