let s = rec { a = 1; inherit (s) a2; }; in 1
