builtins.length (builtins.tail [ (throw "head not forced") 2 3 ])
