[ (__length [ 1 2 3 ]) (__add 1 2) (__typeOf __attrNames) ]
