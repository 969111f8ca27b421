lib:
[ (lib.mod 11 10) (lib.mod 1 10) (lib.mod (-7) 3) (lib.mod 7 (-3)) (lib.min 3 1) (lib.max 3 1) (lib.min "b" "a") (lib.add 1 2) (lib.sub 5 7) (lib.trivial.mul 3 4) (lib.trivial.div 7 2) (lib.trivial.lessThan 1 2) ]
