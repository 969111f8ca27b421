let lib = import ./_lib; in
lib.recursiveUpdate { a = { b = 1; c = { d = 2; }; }; e = 3; } { a = { c = { f = 4; }; g = 5; }; e = { h = 6; }; }
