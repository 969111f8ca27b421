lib:
lib.sort (a: b: a < b) [ 5 3 7 1 ]
