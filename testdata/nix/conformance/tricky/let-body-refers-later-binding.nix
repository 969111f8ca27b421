let a = b; b = c; c = 3; in a
