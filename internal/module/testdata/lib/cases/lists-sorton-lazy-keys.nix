lib:
[ (lib.sortOn (x: x.k) [ ]) (lib.naturalSort [ ]) (lib.sortOn (x: throw "key of a lone element is still computed") [ 1 ]) ]
