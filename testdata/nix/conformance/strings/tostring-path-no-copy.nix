toString ./tostring-path-no-copy.nix == (toString ./.) + "/tostring-path-no-copy.nix"
