{ lib, ... }: { options.ports = lib.mkOption { type = lib.types.listOf lib.types.port; }; }
