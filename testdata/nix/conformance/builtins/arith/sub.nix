with builtins; [ (sub 10 3) (sub 3 10) (sub 2.5 1) (sub 1 2.5) ]
