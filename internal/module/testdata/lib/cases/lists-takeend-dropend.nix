lib:
[ (lib.lists.takeEnd 2 [ 1 2 3 4 ]) (lib.lists.takeEnd 9 [ 1 2 ]) (lib.lists.dropEnd 1 [ 1 2 3 ]) (lib.lists.dropEnd 5 [ 1 ]) (lib.lists.takeEnd 0 [ 1 ]) ]
