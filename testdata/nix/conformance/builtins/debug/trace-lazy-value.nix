builtins.length (builtins.trace "t" [ (throw "x") ])
