builtins.toJSON { a = { b = { c = { d = [ { e = null; } ]; }; }; }; }
