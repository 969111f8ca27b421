let a = 1; in with { a = 2; b = a; }; [ a b ]
