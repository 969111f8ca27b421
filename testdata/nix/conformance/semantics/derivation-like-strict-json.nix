{ type = "derivation"; outPath = "/nix/store/x-y"; name = "y"; }
