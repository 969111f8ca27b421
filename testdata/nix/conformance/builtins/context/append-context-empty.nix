builtins.appendContext "s" { }
