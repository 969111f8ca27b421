import ./_fix/fn.nix { name = "world"; }
