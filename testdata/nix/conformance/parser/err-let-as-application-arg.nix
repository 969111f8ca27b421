let f = x: x; in f let a = 1; in a
