# Mixed operators, coercions and builtins in one expression; compared like every other case.
(toString (builtins.stringLength (toString (builtins.stringLength (builtins.substring 4 (-1) "x.y")))))
