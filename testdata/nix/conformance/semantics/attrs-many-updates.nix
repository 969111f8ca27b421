builtins.length (builtins.attrNames (builtins.foldl' (acc: i: acc // { "k${toString (builtins.bitAnd i 63)}" = i; }) { } (builtins.genList (i: i) 5000)))
