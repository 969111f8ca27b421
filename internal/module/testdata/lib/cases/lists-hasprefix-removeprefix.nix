lib:
[ (lib.lists.hasPrefix [ 1 2 ] [ 1 2 3 ]) (lib.lists.hasPrefix [ 2 ] [ 1 2 ]) (lib.lists.removePrefix [ 1 ] [ 1 2 ]) (lib.lists.hasPrefix [ ] [ ]) ]
