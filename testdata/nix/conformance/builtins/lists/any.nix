with builtins; [ (any (x: x > 1) [ 1 2 ]) (any (x: x > 5) [ 1 2 ]) (any (x: true) [ ]) ]
