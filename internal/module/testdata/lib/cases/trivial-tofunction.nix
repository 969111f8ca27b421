lib:
[ ((lib.toFunction 5) 1) ((lib.toFunction (x: x + 1)) 1) ((lib.toFunction { a = 1; }) null) ]
