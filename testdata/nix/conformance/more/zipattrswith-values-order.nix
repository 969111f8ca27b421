builtins.zipAttrsWith (n: vs: vs) [ { a = 3; } { a = 1; } { a = 2; } ]
