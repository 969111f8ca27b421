builtins.toJSON [ [ ] { } [ { a = [ ]; } ] ]
