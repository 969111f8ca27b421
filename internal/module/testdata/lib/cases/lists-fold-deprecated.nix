lib:
lib.fold (x: acc: x + acc) 0 [ 1 2 3 ]
