builtins.length (builtins.genList (x: throw "x") 100000)
