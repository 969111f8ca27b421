with builtins; [ (add 1 2) (add 1.5 2) (add (-3) 3) (add 0.1 0.2) ]
