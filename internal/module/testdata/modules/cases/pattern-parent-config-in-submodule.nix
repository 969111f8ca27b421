{ lib }:
(lib.evalModules {
  modules = [
    ({ config, ... }:
      let
        parent = config;
      in
      {
        options.defaultNamespace = lib.mkOption { type = lib.types.str; default = "shop"; };
        options.apps = lib.mkOption {
          type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
            options.namespace = lib.mkOption { type = lib.types.str; default = parent.defaultNamespace; };
            options.fqdn = lib.mkOption { type = lib.types.str; };
          }));
        };
      })
    ({ config, ... }: { apps = lib.mapAttrs (n: a: { fqdn = "${n}.${config.apps.${n}.namespace}.svc"; }) { api = { }; web = { }; }; })
    { apps.web.namespace = "frontend"; }
  ];
}).config
