# Mixed operators, coercions and builtins in one expression; compared like every other case.
(with { w = (builtins.hashString "sha1" (builtins.concatStringsSep "ü" (map toString [ 17 23 ]))); }; let v = w; in { inherit v; })
