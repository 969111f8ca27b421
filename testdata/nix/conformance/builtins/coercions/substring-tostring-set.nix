builtins.substring 0 2 { __toString = s: "hello"; }
