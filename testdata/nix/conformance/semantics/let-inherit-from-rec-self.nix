let s = rec { x = 1; y = x + 1; }; inherit (s) y; in y
