lib:
lib.replaceElemAt [ 1 2 3 ] 3 0
