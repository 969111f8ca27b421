lib:
lib.overrideExisting { a = 1; b = 2; } { b = 20; c = 30; }
