lib:
[ (lib.replicate 3 "x") (lib.replicate 0 1) ]
