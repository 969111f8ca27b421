builtins.deepSeq (builtins.genList (x: { v = x; s = toString x; }) 20000) "forced"
