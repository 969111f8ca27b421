lib:
lib.mergeAttrsList [ { a = 1; b = 1; } { b = 2; c = 2; } { c = 3; d = 3; } { a = 4; } { e = 5; } ]
