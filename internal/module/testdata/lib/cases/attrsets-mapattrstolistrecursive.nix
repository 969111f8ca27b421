lib:
lib.attrsets.mapAttrsToListRecursive (path: v: [ path v ]) { a = { b = 1; }; c = 2; d = { }; }
