lib:
lib.recursiveUpdateUntil (path: l: r: !(builtins.isAttrs l && builtins.isAttrs r) || l ? keep) { a = { keep = 1; x = 1; }; b = { y = 1; }; c = 5; } { a = { z = 2; }; b = { w = 2; }; c = { v = 3; }; d = 4; }
