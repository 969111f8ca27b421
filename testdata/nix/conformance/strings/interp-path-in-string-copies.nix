builtins.substring 0 11 "prefix ${./interp-path-in-string-copies.nix}"
