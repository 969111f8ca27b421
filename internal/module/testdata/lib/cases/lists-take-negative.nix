lib:
lib.take (-1) [ 1 2 ]
