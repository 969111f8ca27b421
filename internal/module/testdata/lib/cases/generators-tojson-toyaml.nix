lib:
[ (lib.generators.toJSON { } { b = [ 1 2 ]; a = "x"; }) (lib.generators.toYAML { } { a = null; }) ]
