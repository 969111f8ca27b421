let f = builtins.sub 100; in map f [ 1 10 100 ]
