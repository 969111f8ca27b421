{ imports = [ ./shared.nix ]; l = [ "b" ]; }
