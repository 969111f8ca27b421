builtins.all (x: x < 2) [ 1 2 (throw "after") ]
