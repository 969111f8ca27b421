builtins.foldl' (acc: x: { a = acc; }) { } (builtins.genList (x: x) 5000)
