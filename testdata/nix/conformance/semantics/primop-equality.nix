[ (builtins.add == builtins.add) ([ builtins.add ] == [ builtins.add ]) ({ f = builtins.add; } == { f = builtins.add; }) (map == map) ([ map ] == [ builtins.map ]) ]
