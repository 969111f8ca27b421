lib:
lib.fixedWidthString 1 "0" "12"
