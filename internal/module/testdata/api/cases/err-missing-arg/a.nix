{ lib, config, ... }:
{
  options.owner = lib.mkOption { type = lib.types.str; default = "platform"; };
}
