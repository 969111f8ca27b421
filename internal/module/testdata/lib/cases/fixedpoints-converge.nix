lib:
lib.converge (x: if x > 10 then x else x * 2) 1
