builtins.elemAt (builtins.genList (x: x * 2) 100000) 99999
