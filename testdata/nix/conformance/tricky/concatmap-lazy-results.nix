builtins.length (builtins.concatMap (x: [ (throw "elem") ]) [ 1 2 ])
