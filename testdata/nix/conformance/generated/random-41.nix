# Mixed operators, coercions and builtins in one expression; compared like every other case.
(map (v: builtins.typeOf v) [ ("k8s") ((("a" + "pre-${("" + (toString 2.25))}") == (toString 33))) ])
