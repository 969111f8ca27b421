let s = { a = s.b + 1; b = 1; }; in s.a
