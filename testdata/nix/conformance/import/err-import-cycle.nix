import ./_fix/cycle-a.nix
