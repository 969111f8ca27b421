lib:
builtins.tryEval (lib.init [ ])
