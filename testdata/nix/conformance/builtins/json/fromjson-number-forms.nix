builtins.fromJSON "[1E2, -1.5e-3, 1.0e+2, 0.0, -0.5, 100, 1e0]"
