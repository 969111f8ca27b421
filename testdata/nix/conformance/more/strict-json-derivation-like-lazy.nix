{ type = "derivation"; outPath = "/nix/store/drv-out"; name = "n"; other = throw "not forced"; }
