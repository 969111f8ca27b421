let f = x: { a = x; }; in [ ((f 1).a or 2) ((f 1).b or 3) ]
