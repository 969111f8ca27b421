builtins.appendContext "" { }
