builtins.attrNames { "a-b" = 1; "a_b" = 2; "aB" = 3; "a.b" = 4; "a0" = 5; }
