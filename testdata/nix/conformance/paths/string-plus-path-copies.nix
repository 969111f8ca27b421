builtins.substring 0 11 ("" + ./_fix/x)
