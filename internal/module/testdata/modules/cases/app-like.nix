{ lib }:
(lib.evalModules {
  modules = [
    ({ config, ... }: {
      options.apps = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule ({ name, config, ... }: {
          options = {
            image = lib.mkOption { type = lib.types.str; };
            replicas = lib.mkOption { type = lib.types.ints.positive; default = 1; };
            ports = lib.mkOption { type = lib.types.attrsOf lib.types.port; default = { }; };
            env = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
            consumes = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
            labels = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
          };
          config.labels."app.kubernetes.io/name" = name;
          config.env.PORTS = lib.mkDefault (builtins.concatStringsSep "," (map toString (builtins.attrValues config.ports)));
        }));
      };
      options.consumerCount = lib.mkOption { type = lib.types.attrsOf lib.types.int; };
      config.consumerCount = builtins.mapAttrs (n: a: builtins.length a.consumes) config.apps;
    })
    { apps.api = { image = "ghcr.io/acme/api:1.4.2"; replicas = 3; ports.http = 8080; consumes = [ "db" ]; }; }
    { apps.db = { image = "postgres:16"; ports.pg = 5432; env.PORTS = "custom"; }; }
  ];
}).config
