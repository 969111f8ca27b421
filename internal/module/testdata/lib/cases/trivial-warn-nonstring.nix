lib:
lib.warn 5 1
