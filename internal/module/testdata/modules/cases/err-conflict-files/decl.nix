{ lib, ... }: { options.compliance.level = lib.mkOption { type = lib.types.enum [ "low" "high" ]; }; }
