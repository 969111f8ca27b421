builtins.path { path = ./_fix/missing; }
