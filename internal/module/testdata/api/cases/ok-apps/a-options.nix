{ lib, config, ... }:
let
  t = lib.types;
in
{
  imports = [ ./sub/defaults.nix ];
  options = {
    environment = lib.mkOption { type = t.enum [ "dev" "production" ]; default = "dev"; };
    replicasDefault = lib.mkOption { type = t.ints.positive; default = if config.environment == "production" then 3 else 1; };
    apps = lib.mkOption {
      default = { };
      type = t.attrsOf (t.submodule ({ name, config, ... }: {
        options = {
          name = lib.mkOption { type = t.str; default = name; };
          image = lib.mkOption { type = t.str; };
          replicas = lib.mkOption { type = t.ints.positive; };
          ports = lib.mkOption { type = t.attrsOf t.port; default = { }; };
          args = lib.mkOption { type = t.listOf t.str; default = [ ]; };
          host = lib.mkOption { type = t.nullOr t.str; default = null; };
          labels = lib.mkOption { type = t.attrsOf t.str; default = { }; };
        };
        config.labels."app.kubernetes.io/name" = config.name;
      }));
    };
  };
}
