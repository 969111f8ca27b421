builtins.length (builtins.genList (x: throw "x") 1000000)
