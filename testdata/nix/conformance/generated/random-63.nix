# Mixed operators, coercions and builtins in one expression; compared like every other case.
(builtins.splitVersion (builtins.replaceStrings [ "k8s-app" ] [ "ü" ] "ü"))
