builtins.attrNames { "é" = 1; "z" = 2; "a" = 3; "Z" = 4; "ä" = 5; }
