# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.fromJSON (builtins.toJSON { s = (builtins.substring 23 18 (toString (builtins.stringLength "x.y"))); l = [ "a" 28 7 3 16 ]; }))
