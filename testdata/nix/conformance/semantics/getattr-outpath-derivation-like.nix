let d = { type = "derivation"; outPath = "/nix/store/x-y"; name = "y"; }; in "${d}"
