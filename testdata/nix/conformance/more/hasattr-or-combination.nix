let s = { a = null; }; in [ (s ? a) (s.a or "d") (s.b or null) ]
