[ (-1) (-1.0) (builtins.typeOf (-1)) (builtins.typeOf (-1.0)) ]
