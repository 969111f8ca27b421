# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.toJSON (let x = (builtins.typeOf (builtins.toJSON true)); y = (if true then (builtins.attrNames ({  } // { d = "x y"; c = false; b = 7.0; })) else true); in [ x y ]))
