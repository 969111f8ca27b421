# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.concatStringsSep "ü" (map toString [ "" "k8s-app" 19 ]))
