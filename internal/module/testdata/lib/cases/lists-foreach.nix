lib:
lib.forEach [ 1 2 ] (x: x + 1)
