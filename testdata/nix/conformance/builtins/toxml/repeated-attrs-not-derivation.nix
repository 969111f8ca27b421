let s = { a = 1; }; in builtins.toXML [ s s ]
