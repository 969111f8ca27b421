x: y: x + y
