{ lib, config, options, site, tier, ... }:
{
  options.summary = lib.mkOption { type = lib.types.str; };
  options.hasSummary = lib.mkOption { type = lib.types.bool; };
  config.summary = "${site}/${tier}";
  config.hasSummary = options ? summary;
}
