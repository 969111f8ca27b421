lib:
[ (lib.allUnique [ 1 2 3 ]) (lib.allUnique [ 1 2 1 ]) (lib.allUnique [ ]) ]
