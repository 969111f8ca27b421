lib:
lib.nameValuePair "k" [ 1 2 ]
