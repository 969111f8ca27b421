lib:
lib.genericClosure { startSet = [ { key = 1; } ]; operator = x: if x.key < 4 then [ { key = x.key + 1; } ] else [ ]; }
