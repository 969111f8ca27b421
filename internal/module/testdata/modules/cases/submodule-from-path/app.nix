{ lib, name, ... }:
{
  options.image = lib.mkOption { type = lib.types.str; };
  options.name = lib.mkOption { type = lib.types.str; default = name; };
}
