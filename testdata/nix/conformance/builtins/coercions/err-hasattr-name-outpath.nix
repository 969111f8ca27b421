builtins.hasAttr { outPath = "a"; } { a = 1; }
