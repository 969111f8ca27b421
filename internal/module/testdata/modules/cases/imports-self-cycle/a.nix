{ lib, ... }: { imports = [ ./a.nix ]; options.x = lib.mkOption { default = 1; }; }
