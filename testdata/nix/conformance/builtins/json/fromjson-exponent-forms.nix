builtins.fromJSON "[0.1e1, 1.5E+1, 1e-1, 123.456e2]"
