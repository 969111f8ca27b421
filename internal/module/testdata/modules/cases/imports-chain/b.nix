{ imports = [ ./c.nix ]; l = [ "b" ]; }
