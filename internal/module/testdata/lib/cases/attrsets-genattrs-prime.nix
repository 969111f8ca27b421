lib:
lib.genAttrs' [ 1 2 3 ] (i: lib.nameValuePair "n${toString i}" (i * i))
