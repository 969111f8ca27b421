builtins.attrNames { "10" = 1; "9" = 2; "1" = 3; "a" = 4; }
