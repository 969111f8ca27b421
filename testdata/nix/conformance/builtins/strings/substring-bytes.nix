builtins.substring 0 1 "ü"
