(x: assert x > 0; x * 2) 4
