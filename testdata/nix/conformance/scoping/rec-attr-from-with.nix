with { x = 10; }; rec { y = x + 1; x = 3; }
