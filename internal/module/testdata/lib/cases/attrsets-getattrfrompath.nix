lib:
lib.getAttrFromPath [ "a" "b" ] { a.b = { c = 1; }; }
