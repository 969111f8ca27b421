builtins.stringLength ./stringlength-path.nix
