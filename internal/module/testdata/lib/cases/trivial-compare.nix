lib:
[ (lib.compare 1 2) (lib.compare 2 1) (lib.compare 2 2) (lib.compare "a" "b") (lib.compare [ 1 ] [ 1 2 ]) ]
