{ me = import ./self-import.nix; val = 1; }
