# Mixed operators, coercions and builtins in one expression; compared like every other case.
(with { w = (builtins.substring 25 22 (builtins.hashString "sha1" "k8s-app")); }; let v = w; in { inherit v; })
