builtins.foldl' (acc: n: acc // { ${toString n} = n; }) { } [ 3 1 2 1 ]
