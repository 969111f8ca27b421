let d = { type = "derivation"; outPath = "/nix/store/x"; drvPath = "/nix/store/x.drv"; name = "x"; }; in builtins.toXML [ d d ]
