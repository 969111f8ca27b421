let s = { f = x: x; }; t = s; in [ (s == t) ([ s.f ] == [ t.f ]) (s.f == t.f) ]
