lib:
lib.toInt "3.14"
