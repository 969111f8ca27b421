builtins.foldl' (acc: x: [ acc ]) [ ] (builtins.genList (x: x) 5000)
