lib:
[ (lib.foldl' (a: x: a + x) 0 (lib.range 1 20000)) (builtins.length (lib.unique (map (x: lib.mod x 50) (lib.range 1 2000)))) (builtins.length (builtins.attrNames (lib.mergeAttrsList (map (i: { "k${toString i}" = i; }) (lib.range 1 1000))))) ]
