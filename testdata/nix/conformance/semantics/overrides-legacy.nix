rec { __overrides = { a = 2; }; a = 1; b = a; }
