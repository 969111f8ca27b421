builtins.length ([ (throw "1") ] ++ [ (throw "2") ])
