{ imports = [ ./e.nix ]; l = [ "b" ]; }
