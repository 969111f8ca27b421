lib:
lib.drop (-1) [ 1 2 ]
