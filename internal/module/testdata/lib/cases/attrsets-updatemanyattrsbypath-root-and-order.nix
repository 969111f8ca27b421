lib:
lib.updateManyAttrsByPath [ { path = [ ]; update = old: old // { x = old.x * 10; }; } { path = [ "x" ]; update = old: old + 1; } { path = [ ]; update = old: old // { y = 1; }; } ] { x = 1; }
