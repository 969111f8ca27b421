builtins.toJSON { outPath = "/nix/store/x"; other = 1; }
