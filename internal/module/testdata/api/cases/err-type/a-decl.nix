{ lib, ... }:
{
  options.apps = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.replicas = lib.mkOption { type = lib.types.ints.positive; default = 1; };
    });
  };
}
