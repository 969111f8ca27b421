lib:
lib.getAttrFromPath [ "a" "z" ] { a.b = 1; }
