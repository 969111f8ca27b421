lib:
[ (lib.toList 1) (lib.toList [ 1 ]) (lib.toList null) ]
