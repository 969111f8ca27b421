lib:
lib.mapAttrsRecursiveCond (as: !(as ? stop)) (path: v: builtins.length path) { a = { stop = 1; x = 2; }; b = { c = 3; }; }
