builtins.foldl' (a: b: throw "no call") "init" [ ]
