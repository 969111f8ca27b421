with builtins; [ (mul 6 7) (mul (-2) 3) (mul 2.5 2) (mul 0 99) ]
