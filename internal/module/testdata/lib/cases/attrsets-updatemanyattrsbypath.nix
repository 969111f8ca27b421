lib:
lib.updateManyAttrsByPath [ { path = [ "a" "b" ]; update = old: old + 1; } { path = [ "a" ]; update = old: old // { c = 3; }; } { path = [ "n" "m" ]; update = _: "new"; } ] { a = { b = 1; }; z = 0; }
