builtins.toJSON { z = 1; a = 2; "0" = 3; }
