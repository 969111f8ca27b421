lib: (builtins.tryEval (lib.throwIf true "thrown by throwIf" 1)).success
