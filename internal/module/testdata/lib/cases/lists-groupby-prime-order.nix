lib:
lib.groupBy' (acc: x: acc ++ [ x.v ]) [ ] (x: x.k) [ { k = "a"; v = 1; } { k = "b"; v = 2; } { k = "a"; v = 3; } ]
