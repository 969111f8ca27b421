lib:
lib.cartesianProduct { b = [ "x" "y" ]; a = [ 1 2 3 ]; }
