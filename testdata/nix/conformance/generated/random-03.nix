# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.toJSON ((x: { inherit x; t = builtins.typeOf x; }) (builtins.typeOf ({ d = false; a = 0.5; b = true; } // { c = (toString 1.0e3); d = true; a = "bc"; }))))
