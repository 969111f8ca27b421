lib:
lib.collect builtins.isList { a = { b = [ 1 ]; c = 2; }; d = [ 3 ]; e = { f = { g = [ 4 5 ]; }; }; }
