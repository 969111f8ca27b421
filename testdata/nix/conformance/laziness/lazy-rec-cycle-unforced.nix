let s = rec { a = b; b = a; c = 1; }; in s.c
