lib:
let seen = lib.recursiveUpdateUntil (path: l: r: builtins.trace (builtins.concatStringsSep "." path) false) { a.b.c = 1; } { a.b.d = 2; }; in seen
