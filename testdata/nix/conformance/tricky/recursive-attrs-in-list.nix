let xs = [ rec { a = 1; b = a; } ]; in (builtins.head xs).b
