# Mixed operators, coercions and builtins in one expression; compared like every other case.
(with { w = (builtins.concatStringsSep "hello world" (map toString [  ])); }; let v = w; in { inherit v; })
