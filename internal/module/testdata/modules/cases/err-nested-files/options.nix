{ lib, ... }:
{
  options.apps = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
      options.expose = lib.mkOption {
        type = lib.types.nullOr (lib.types.submodule {
          options.host = lib.mkOption { type = lib.types.str; };
          options.port = lib.mkOption { type = lib.types.either lib.types.port lib.types.str; };
        });
        default = null;
      };
    }));
  };
}
