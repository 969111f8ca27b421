lib:
(lib.mapAttrs' (n: v: lib.nameValuePair n v) { a = throw "not forced"; b = 1; }).b
