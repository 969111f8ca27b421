map builtins.typeOf (builtins.fromJSON "[1, 1.0, 1e3, -0, 1.5]")
