lib:
[ (lib.lists.findFirstIndex (x: x > 3) null [ 0 6 4 ]) (lib.lists.findFirstIndex (x: x > 9) "none" [ 1 6 4 ]) ]
