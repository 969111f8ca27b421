let seen = builtins.path { path = ./_fix/tree; filter = p: t: builtins.trace "${baseNameOf p} ${t}" true; }; in builtins.substring 0 11 seen
