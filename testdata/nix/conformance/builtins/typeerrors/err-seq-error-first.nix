builtins.seq (builtins.head [ ]) 1
