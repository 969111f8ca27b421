lib:
(lib.filterAttrs (n: v: n == "a" || n == "b") { a = 1; b = throw "kept but not forced"; c = 3; }) ? b
