lib:
lib.filterAttrs (n: v: n != "b" && v > 0) { a = 1; b = 2; c = -1; d = 4; }
