let f = x: x; xs = [ f f ]; in [ (xs == xs) (builtins.elemAt xs 0 == builtins.elemAt xs 1) ]
