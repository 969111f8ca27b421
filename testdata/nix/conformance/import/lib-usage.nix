import ./_fix/uses-lib.nix
