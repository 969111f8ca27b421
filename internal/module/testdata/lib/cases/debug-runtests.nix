lib:
lib.runTests { testA = { expr = 1 + 1; expected = 2; }; testB = { expr = "x"; expected = "y"; }; other = { expr = 1; expected = 2; }; }
