lib:
lib.attrsets.mapAttrsToListRecursiveCond (path: v: builtins.length path < 2) (path: v: builtins.concatStringsSep "." path) { a.b.c = 1; a.d = 2; e = 3; }
