builtins.addErrorContext "while evaluating the answer" (builtins.addErrorContext "inner" (builtins.throw "boom"))
