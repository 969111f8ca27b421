builtins.toXML [ 1 (-2) 1.5 "s<&>\"'" true false null ]
