builtins.filter (x: 1) [ 1 ]
