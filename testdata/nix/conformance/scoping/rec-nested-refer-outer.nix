rec { a = 1; s = { b = a + 1; }; }
