let xs = builtins.genList (i: { k = builtins.bitAnd (i * 7) 3; i = i; }) 40; in map (x: x.i) (builtins.sort (a: b: a.k <= b.k) xs)
