lib:
(lib.attrsets.unionOfDisjoint { a = 1; b = 2; } { b = 3; }).b
