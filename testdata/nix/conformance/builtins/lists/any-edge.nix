with builtins; [ (any (x: x == null) [ 1 null ]) (any (x: x) [ false false ]) (any isString [ 1 "a" ]) ]
