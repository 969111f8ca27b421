builtins.fromTOML "a = 1.0\nb = 3.14159265358979\nc = -1e-7\nd = 6.02e23"
