import ./_fix/edge/empty.nix
