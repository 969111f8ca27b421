builtins.fromTOML "a = 0xFFFFFFFFFFFFFFFF"
