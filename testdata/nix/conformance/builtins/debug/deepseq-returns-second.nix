builtins.deepSeq 1 { x = 2; }
