{ lib, ... }:
{
  options.expose.host = lib.mkOption { type = lib.types.str; };
}
