lib:
lib.recursiveUpdate { a = { b = 1; c = { d = 2; }; }; x = 1; } { a = { c = { e = 3; }; f = 4; }; x = { y = 2; }; }
