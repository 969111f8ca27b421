import ./_fix/value.nix
