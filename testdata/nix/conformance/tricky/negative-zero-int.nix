[ (-0) (0 - 0) (builtins.sub 0 0) ]
