lib:
builtins.tryEval (lib.toInt "99999999999999999999")
