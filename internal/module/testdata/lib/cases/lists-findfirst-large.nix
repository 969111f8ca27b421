lib:
[ (lib.findFirst (x: x == 4999) null (lib.range 0 9999)) (lib.lists.findFirstIndex (x: x > 9998) null (lib.range 0 9999)) (lib.count (x: lib.mod x 3 == 0) (lib.range 1 3000)) ]
