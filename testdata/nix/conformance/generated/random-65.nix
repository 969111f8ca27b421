# Mixed operators, coercions and builtins in one expression; compared like every other case.
(with { w = (toString (builtins.stringLength "a")); }; let v = w; in { inherit v; })
