with builtins; [ (length [ ]) (length [ 1 ]) (length [ 1 [ 2 3 ] ]) ]
