lib:
lib.findFirst (x: x == 2) 0 [ 1 2 (throw "after the match") ]
