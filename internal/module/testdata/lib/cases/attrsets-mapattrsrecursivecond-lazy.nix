lib:
(lib.mapAttrsRecursiveCond (as: !(as ? stop)) (path: v: v) { a = { stop = true; bad = throw "not forced"; }; b.c = 1; }).b
