lib:
[ (lib.range 2 5) (lib.range 3 3) (lib.range 5 2) (lib.range (-2) 1) ]
