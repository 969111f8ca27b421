# Mixed operators, coercions and builtins in one expression; compared like every other case.
((x: { inherit x; t = builtins.typeOf x; }) (builtins.attrNames ({  } // { c = 0.1; })))
