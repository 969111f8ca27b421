{ lib, team, region, ... }:
{
  options.owner = lib.mkOption { type = lib.types.str; };
  options.where = lib.mkOption { type = lib.types.str; default = "${region}-1"; };
  config.owner = team;
}
