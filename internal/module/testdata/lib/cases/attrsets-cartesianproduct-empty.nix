lib:
[ (lib.cartesianProduct { }) (lib.cartesianProduct { a = [ ]; b = [ 1 ]; }) ]
