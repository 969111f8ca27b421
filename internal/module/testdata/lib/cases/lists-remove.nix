lib:
lib.remove 3 [ 1 3 4 3 ]
