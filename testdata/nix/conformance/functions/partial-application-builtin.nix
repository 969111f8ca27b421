let add = builtins.add; inc = add 1; in map inc [ 1 2 3 ]
