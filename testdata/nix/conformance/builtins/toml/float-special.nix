builtins.typeOf (builtins.fromTOML "x = 1.0").x
