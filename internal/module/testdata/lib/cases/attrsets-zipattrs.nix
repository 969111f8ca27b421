lib:
lib.zipAttrs [ { a = 1; b = 2; } { a = 3; } { c = 4; b = 5; } ]
