let a = 1.0; b = 0; in a / b
