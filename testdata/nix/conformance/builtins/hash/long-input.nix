builtins.hashString "sha256" (builtins.concatStringsSep "" (builtins.genList toString 500))
