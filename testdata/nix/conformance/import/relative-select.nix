(import ./_fix/value.nix).answer
