builtins.tryEval (builtins.isAttrs (throw "t"))
