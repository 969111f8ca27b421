lib:
lib.attrVals [ "b" "a" ] { a = 1; b = 2; c = 3; }
