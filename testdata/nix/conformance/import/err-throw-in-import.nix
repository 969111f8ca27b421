import ./_fix/throws.nix
