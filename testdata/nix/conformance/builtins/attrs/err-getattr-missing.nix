builtins.getAttr "b" { a = 1; }
