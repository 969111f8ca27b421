let s = { f = x: x * 2; }; in (s.g or s.f) 21
