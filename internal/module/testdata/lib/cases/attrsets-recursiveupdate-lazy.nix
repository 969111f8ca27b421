lib:
(lib.recursiveUpdate { a = throw "lhs a"; b = 1; } { a = 2; }).a
