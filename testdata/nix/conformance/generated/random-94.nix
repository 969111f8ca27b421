# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.foldl' (acc: x: acc // { ${toString x} = x; }) { } [ "ü" 25 "k8s-app" ])
