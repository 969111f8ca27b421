lib:
[ (lib.count (x: x == 1) [ 1 2 1 1 ]) (lib.count (x: true) [ ]) ]
