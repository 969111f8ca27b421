lib:
[ (lib.bitAnd 12 10) (lib.bitOr 12 10) (lib.bitXor 12 10) (lib.bitNot 0) (lib.bitNot 5) (lib.bitNot (-1)) ]
