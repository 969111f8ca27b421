lib:
lib.concatAttrValues { b = [ 3 ]; a = [ 1 2 ]; }
