builtins.length ([ 1 ] ++ [ (throw "x") ] ++ [ 3 ])
