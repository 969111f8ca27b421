let y = f: (x: f (x x)) (x: f (x x)); in 1
