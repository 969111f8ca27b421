builtins.match "/nix/store/([a-z0-9]{32})-(.*)" "/nix/store/0123456789abcdfghijklmnpqrsvwxyz-hello-2.12"
