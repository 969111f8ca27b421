builtins.tryEval (toString [ 1 (throw "elem") ])
