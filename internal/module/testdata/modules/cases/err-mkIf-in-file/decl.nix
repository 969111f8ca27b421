{ lib, ... }: { options.replicas = lib.mkOption { type = lib.types.int; }; options.enable = lib.mkOption { type = lib.types.bool; default = true; }; }
