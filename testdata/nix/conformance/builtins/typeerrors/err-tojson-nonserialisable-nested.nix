builtins.toJSON [ { a = [ builtins.add ]; } ]
