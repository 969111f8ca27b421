lib:
builtins.tryEval (lib.throwIfNot false "it failed" 1)
