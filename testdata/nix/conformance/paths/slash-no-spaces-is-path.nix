let a = 6; b = 3; in builtins.typeOf (a/b)
