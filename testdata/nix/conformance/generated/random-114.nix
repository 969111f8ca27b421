# Mixed operators, coercions and builtins in one expression; compared like every other case.
(with { w = ""; }; let v = w; in { inherit v; })
