builtins.typeOf
