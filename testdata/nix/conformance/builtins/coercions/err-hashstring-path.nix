builtins.hashString "md5" ./hashstring-path.nix
