let k = "a"; s = { a.b = 1; }; in s ? ${k}.b
