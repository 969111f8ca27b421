builtins.substring 0 5 ./substring-path.nix
