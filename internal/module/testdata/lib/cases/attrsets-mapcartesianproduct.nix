lib:
lib.mapCartesianProduct ({ a, b }: "${a}-${b}") { a = [ "1" "2" ]; b = [ "3" "4" ]; }
