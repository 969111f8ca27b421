# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.listToAttrs (map (x: { name = toString x; value = x; }) [ "ü" "k8s-app" ]))
