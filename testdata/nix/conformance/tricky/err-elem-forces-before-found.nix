builtins.elem 2 [ (throw "before") 2 ]
