{ lib, ... }:
{
  options.k8s.version = lib.mkOption { type = lib.types.str; readOnly = true; };
}
