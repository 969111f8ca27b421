builtins.addErrorContext "context" (throw "inner")
