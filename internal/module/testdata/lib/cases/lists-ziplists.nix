lib:
[ (lib.zipLists [ 1 2 3 ] [ "a" "b" ]) (lib.zipListsWith (a: b: a + b) [ 1 2 ] [ 10 20 30 ]) ]
