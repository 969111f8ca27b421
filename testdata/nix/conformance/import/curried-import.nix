import ./_fix/curried.nix 4 2
