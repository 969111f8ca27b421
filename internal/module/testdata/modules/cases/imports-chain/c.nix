{ lib, ... }: { options.name = lib.mkOption { type = lib.types.str; default = "chain"; }; config.l = [ "c" ]; }
