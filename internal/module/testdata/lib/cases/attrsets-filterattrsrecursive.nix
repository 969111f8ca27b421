lib:
lib.filterAttrsRecursive (n: v: v != null) { a = null; b = { c = null; d = 1; e = { f = null; }; }; g = [ null ]; }
