lib:
[ (lib.concat [ 1 ] [ 2 3 ]) (lib.mergeAttrs { a = 1; b = 1; } { b = 2; }) ]
