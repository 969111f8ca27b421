# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.split "[[:space:]]+" (builtins.replaceStrings [ "1.2.3" ] [ "x.y" ] (builtins.substring 7 14 "k8s-app")))
