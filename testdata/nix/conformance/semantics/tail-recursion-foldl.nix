builtins.foldl' (a: b: a + b) 0 (builtins.genList (x: 1) 200000)
