{ imports = [ ./d.nix ]; l = [ "c" ]; }
