let a = "let"; in with { a = "with"; }; rec { b = a; }
