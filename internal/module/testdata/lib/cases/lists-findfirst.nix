lib:
[ (lib.findFirst (x: x > 3) 7 [ 1 6 4 ]) (lib.findFirst (x: x > 9) 7 [ 1 6 4 ]) (lib.findFirst (x: x == 1) null [ ]) ]
