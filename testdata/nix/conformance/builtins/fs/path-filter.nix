builtins.path { path = ./_fix/tree; name = "tree"; filter = path: type: type != "symlink" && baseNameOf path != "b.nix"; }
