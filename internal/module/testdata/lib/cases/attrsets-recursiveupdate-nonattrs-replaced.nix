lib:
lib.recursiveUpdate { a = { b = 1; }; } { a = 5; }
