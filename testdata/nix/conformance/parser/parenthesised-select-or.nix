let s = { a = { b = 1; }; }; in (s.a).b or 2
