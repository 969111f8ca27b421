builtins.stringLength "${./substring-out-of-range.nix}"
