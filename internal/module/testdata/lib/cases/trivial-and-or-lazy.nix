lib:
[ (lib.and false (throw "x")) (lib.or true (throw "x")) ]
