let s = { b = true; }; in [ (s ? a || s.b or false) (s ? b && s.b) ]
