let __add = a: b: "add"; in 1 + 2
