lib:
lib.singleton { a = 1; }
