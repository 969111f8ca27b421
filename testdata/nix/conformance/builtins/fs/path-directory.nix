builtins.path { path = ./_fix/tree/subdir; }
