builtins.elem 2 [ 1 2 (throw "after") ]
