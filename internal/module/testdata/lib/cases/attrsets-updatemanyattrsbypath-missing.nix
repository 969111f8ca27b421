lib:
lib.updateManyAttrsByPath [ { path = [ "a" "b" ]; update = old: old + 1; } ] { a = { }; }
