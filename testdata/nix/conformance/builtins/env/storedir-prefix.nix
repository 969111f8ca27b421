builtins.substring 0 (builtins.stringLength builtins.storeDir) "/nix/store/abc" == builtins.storeDir
