builtins.stringLength (builtins.foldl' (acc: x: acc + toString x) "" (builtins.genList (x: builtins.bitAnd x 7) 5000))
