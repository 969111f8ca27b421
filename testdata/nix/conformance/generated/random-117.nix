# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.concatStringsSep "k8s-app" (map toString [ 27 29 14 "x.y" ]))
