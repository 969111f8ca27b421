let xs = builtins.genList (i: { k = builtins.bitAnd (i * 13) 15; i = i; }) 300; in map (x: x.i) (builtins.sort (a: b: a.k < b.k) xs)
