builtins.length (builtins.split "/" ./split-path.nix)
