builtins.typeOf (builtins.readDir /.)
