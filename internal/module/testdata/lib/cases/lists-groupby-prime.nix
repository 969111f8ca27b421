lib:
lib.groupBy' (acc: x: acc + x) 0 (x: if lib.mod x 2 == 0 then "even" else "odd") [ 1 2 3 4 5 ]
