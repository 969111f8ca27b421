lib:
[ (lib.head [ 1 2 ]) (lib.tail [ 1 2 ]) (lib.elem 2 [ 1 2 ]) (lib.elemAt [ 1 2 ] 1) (lib.length [ 1 2 ]) (lib.filter (x: x > 1) [ 1 2 3 ]) (lib.concatMap (x: [ x x ]) [ 1 2 ]) (lib.concatLists [ [ 1 ] [ ] [ 2 3 ] ]) (lib.map (x: x * 2) [ 1 2 ]) (lib.all (x: x > 0) [ 1 2 ]) (lib.any (x: x > 1) [ 1 2 ]) (lib.genList (i: i * i) 4) ]
