let s = { a = 1; }; v = with s; a + 1; in v
