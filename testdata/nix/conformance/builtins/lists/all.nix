with builtins; [ (all (x: x > 0) [ 1 2 ]) (all (x: x > 1) [ 1 2 ]) (all (x: false) [ ]) ]
