let e = 2; in [ 1.5e ]
