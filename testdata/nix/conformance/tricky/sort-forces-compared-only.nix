map (x: x.k) (builtins.sort (a: b: a.k < b.k) [ { k = 2; junk = throw "x"; } { k = 1; junk = throw "y"; } ])
