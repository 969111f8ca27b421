lib:
builtins.tryEval (lib.toInt "")
