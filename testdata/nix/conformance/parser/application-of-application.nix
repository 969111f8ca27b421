let f = a: b: c: [ a b c ]; in ((f 1) 2) 3
