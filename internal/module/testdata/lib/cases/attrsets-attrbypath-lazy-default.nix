lib:
lib.attrByPath [ "a" ] (throw "unused") { a = 1; }
