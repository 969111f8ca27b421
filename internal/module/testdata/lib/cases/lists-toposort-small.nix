lib:
[ (lib.toposort (a: b: a < b) [ ]) (lib.toposort (a: b: a < b) [ 4 ]) ]
