lib:
[ (lib.mergeAttrsList [ ]) (lib.mergeAttrsList [ { x = 1; } ]) ]
