map (x: x.key) (builtins.genericClosure { startSet = [ { key = 1; extra = throw "never"; } ]; operator = x: [ ]; })
