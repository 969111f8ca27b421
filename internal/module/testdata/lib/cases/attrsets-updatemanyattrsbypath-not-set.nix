lib:
lib.updateManyAttrsByPath [ { path = [ "a" "b" ]; update = _: 1; } ] { a = 5; }
