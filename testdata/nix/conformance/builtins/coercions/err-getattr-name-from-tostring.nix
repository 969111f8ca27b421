builtins.getAttr { __toString = s: "a"; } { a = 1; }
