lib:
lib.runTests { tests = [ "testB" "extra" ]; testA = { expr = 1; expected = 2; }; testB = { expr = 3; expected = 4; }; extra = { expr = 5; expected = 6; }; }
