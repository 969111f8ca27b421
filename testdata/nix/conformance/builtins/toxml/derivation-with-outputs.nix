builtins.toXML { type = "derivation"; outPath = "/nix/store/x"; drvPath = "/nix/store/x.drv"; outputs = [ "out" "dev" ]; out = { outPath = "/nix/store/x"; }; }
