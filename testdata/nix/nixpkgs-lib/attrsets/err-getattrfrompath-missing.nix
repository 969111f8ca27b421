lib: lib.attrsets.getAttrFromPath [ "a" "missing" ] { a.b = 1; }
