builtins.substring 0 1 [ "a" ]
