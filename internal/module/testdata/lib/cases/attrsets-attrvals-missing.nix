lib:
lib.attrVals [ "x" ] { a = 1; }
