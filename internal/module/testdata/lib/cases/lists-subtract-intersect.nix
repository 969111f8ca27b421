lib:
[ (lib.subtractLists [ 3 2 ] [ 1 2 3 4 5 3 ]) (lib.intersectLists [ 1 2 3 ] [ 6 3 2 ]) ]
