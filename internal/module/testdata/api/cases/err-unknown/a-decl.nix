{ lib, ... }:
{
  options.compliance = {
    level = lib.mkOption { type = lib.types.enum [ "low" "high" ]; };
    ownerTeam = lib.mkOption { type = lib.types.str; };
  };
}
