let e10 = 5; in [ 1e10 ]
