toString { outPath = "/nix/store/fake"; }
