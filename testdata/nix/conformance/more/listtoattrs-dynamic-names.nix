builtins.listToAttrs (map (n: { name = "k-${toString n}"; value = n; }) [ 3 1 2 ])
