let a = { x = 1; }; b = a // { y = 2; }; in [ a b ]
