lib:
lib.attrsToList { b = 2; a = { x = 1; }; }
