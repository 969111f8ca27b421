builtins.sort (a: b: false) [ 5 3 9 1 ]
