# Mixed operators, coercions and builtins in one expression; compared like every other case.
(with { w = (toString (builtins.stringLength (toString (builtins.stringLength "ü")))); }; let v = w; in { inherit v; })
