{ defaultImage }:
{ lib, ... }:
{
  options.image = lib.mkOption { type = lib.types.str; default = defaultImage; };
}
