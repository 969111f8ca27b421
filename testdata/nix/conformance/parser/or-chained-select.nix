let s = { a = { }; }; in s.a.b.c or s.a.x or "second"
