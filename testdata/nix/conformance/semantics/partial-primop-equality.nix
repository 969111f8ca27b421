let f = builtins.add 1; in [ (f == f) ([ f ] == [ f ]) ([ (builtins.add 1) ] == [ (builtins.add 1) ]) ]
