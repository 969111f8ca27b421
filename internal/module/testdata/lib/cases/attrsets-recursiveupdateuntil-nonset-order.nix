lib:
lib.recursiveUpdateUntil (path: l: r: false) { a = 1.5; } { a = [ ]; }
