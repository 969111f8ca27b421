let k = "b"; s = { a = { b = { "c d" = 3; }; }; }; in s.a."${k}"."c d"
