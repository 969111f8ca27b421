lib: (lib.evalModules {
  modules = [
    { options.apps = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
          options.image = lib.mkOption { type = lib.types.str; };
          options.replicas = lib.mkOption { type = lib.types.int; default = 1; };
          options.label = lib.mkOption { type = lib.types.str; default = "app-${name}"; };
        }));
        default = { };
      };
    }
    { apps.api.image = "api:1"; }
    { apps.api.replicas = 3; apps.worker.image = "worker:2"; }
  ];
}).config.apps
