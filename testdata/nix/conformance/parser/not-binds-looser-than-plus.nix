let a = false; in [ (!a && true) (! (1 + 1 == 2)) ]
