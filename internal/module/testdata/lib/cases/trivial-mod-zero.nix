lib:
lib.mod 1 0
