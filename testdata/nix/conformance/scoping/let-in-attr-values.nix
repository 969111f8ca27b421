{ a = let x = 1; in x; b = let x = 2; in x; }
