builtins.foldl' (acc: x: acc) 0 [ (throw "never") ]
