# Mixed operators, coercions and builtins in one expression; compared like every other case.
((x: { inherit x; t = builtins.typeOf x; }) (builtins.toJSON (let x = (builtins.typeOf 30); y = (builtins.typeOf true); in [ x y ])))
