{ lib, ... }: { imports = [ ./b.nix ./d.nix ]; options.l = lib.mkOption { type = lib.types.listOf lib.types.str; }; config.l = [ "a" ]; }
