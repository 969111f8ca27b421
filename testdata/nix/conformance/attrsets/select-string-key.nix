{ "with space" = 1; "" = 2; }
