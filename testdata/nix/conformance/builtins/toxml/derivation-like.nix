builtins.toXML { type = "derivation"; outPath = "/nix/store/x"; drvPath = "/nix/store/x.drv"; name = "x"; }
