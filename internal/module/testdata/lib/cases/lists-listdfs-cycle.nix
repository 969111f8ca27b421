lib:
lib.listDfs true (a: b: a != b) [ 1 2 ]
