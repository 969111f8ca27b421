lib:
[ (lib.listDfs true (a: b: a < b) [ 3 1 2 ]) (lib.listDfs false (a: b: a < b) [ 3 1 2 ]) ]
