lib:
[ (lib.replaceElemAt [ 1 2 3 ] 1 "x") (lib.replaceElemAt [ 1 ] 0 [ ]) ]
