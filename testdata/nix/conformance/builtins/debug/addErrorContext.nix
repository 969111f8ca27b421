builtins.addErrorContext "while doing something" 5
