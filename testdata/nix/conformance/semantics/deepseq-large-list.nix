builtins.deepSeq (builtins.genList (x: { v = x; s = toString x; }) 100000) "forced"
