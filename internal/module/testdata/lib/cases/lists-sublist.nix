lib:
[ (lib.sublist 1 3 [ "a" "b" "c" "d" "e" ]) (lib.sublist 4 5 [ 1 2 3 4 5 ]) (lib.sublist 9 1 [ 1 ]) (lib.sublist 0 0 [ 1 ]) ]
