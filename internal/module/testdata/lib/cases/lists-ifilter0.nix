lib:
lib.ifilter0 (i: v: i == 0 || v > 2) [ 1 2 3 0 5 ]
