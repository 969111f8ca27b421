import ./_fix/syntax-error.nix
