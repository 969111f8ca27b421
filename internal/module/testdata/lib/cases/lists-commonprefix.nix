lib:
[ (lib.lists.commonPrefix [ 1 2 3 4 ] [ 1 2 4 ]) (lib.lists.commonPrefix [ 1 2 ] [ 1 2 3 ]) (lib.lists.commonPrefix [ ] [ 1 ]) ]
