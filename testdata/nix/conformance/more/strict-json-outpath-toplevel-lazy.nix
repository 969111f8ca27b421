{ outPath = "/nix/store/abc-top"; a = throw "not forced"; }
