lib:
builtins.tryEval (lib.toIntBase10 "3.14")
