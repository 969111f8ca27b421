lib:
[ (lib.intersperse "/" [ "usr" "local" "bin" ]) (lib.intersperse 0 [ 1 ]) (lib.intersperse 0 [ ]) ]
