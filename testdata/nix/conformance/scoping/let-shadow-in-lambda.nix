let x = 1; f = x: x + 10; in f 5
