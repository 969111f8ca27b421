lib:
lib.toposort (a: b: true) [ 1 2 3 ]
