# Mixed operators, coercions and builtins in one expression; compared like every other case.
(with { w = "hello world"; }; let v = w; in { inherit v; })
