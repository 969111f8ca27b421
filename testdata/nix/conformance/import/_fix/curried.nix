a: b: a * 10 + b
