lib:
[ (lib.pipe 2 [ (x: x + 2) (x: x * 4) toString ]) (lib.pipe 1 [ ]) ]
