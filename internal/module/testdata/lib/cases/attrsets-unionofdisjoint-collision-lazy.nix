lib:
let u = lib.attrsets.unionOfDisjoint { a = 1; b = 2; } { b = 3; c = 4; }; in [ u.a u.c (builtins.attrNames u) ]
