builtins.deepSeq { a = [ 1 2 { b = 3; } ]; } "done"
