lib:
lib.foldAttrs (x: acc: x + acc) 0 [ { a = 1; b = 10; } { a = 2; } { a = 3; c = 7; } ]
