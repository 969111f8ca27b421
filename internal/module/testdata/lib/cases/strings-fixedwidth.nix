lib:
[ (lib.fixedWidthString 5 "0" "12") (lib.fixedWidthString 2 "0" "12") (lib.fixedWidthNumber 5 15) ]
