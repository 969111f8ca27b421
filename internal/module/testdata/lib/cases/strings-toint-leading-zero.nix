lib:
lib.toInt "0123"
