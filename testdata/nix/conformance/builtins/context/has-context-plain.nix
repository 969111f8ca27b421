builtins.hasContext "plain string"
