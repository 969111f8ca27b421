{ lib }:
(lib.evalModules {
  modules = [
    { options.apps = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options.image = lib.mkOption { type = lib.types.str; }; options.replicas = lib.mkOption { type = lib.types.int; default = 1; }; }); }; }
    { apps.api = { image = "x"; replicas = 2; replics = 3; }; }
  ];
}).config
