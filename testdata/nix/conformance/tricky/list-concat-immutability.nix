let a = [ 1 ]; b = a ++ [ 2 ]; c = a ++ [ 3 ]; in [ a b c ]
