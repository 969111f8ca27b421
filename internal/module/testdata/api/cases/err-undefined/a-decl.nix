{ lib, ... }:
{
  options.k8s.version = lib.mkOption { type = lib.types.str; };
  options.environment = lib.mkOption { type = lib.types.str; default = "dev"; };
}
