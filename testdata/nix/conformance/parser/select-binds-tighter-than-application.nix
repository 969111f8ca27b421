let s = { f = x: x + 1; v = 10; }; in s.f s.v
