builtins.elemAt (builtins.genList (i: if i == 2 then throw "no" else i) 5) 3
