import ./_fix/edge/bom.nix
