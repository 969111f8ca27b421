{ lib }:
(lib.evalModules {
  modules = [
    { options.apps = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options.replicas = lib.mkOption { type = lib.types.ints.positive; }; }); }; }
    { apps.api.replicas = 0; }
  ];
}).config
