{ lib }:
(lib.evalModules {
  modules = [
    { options.app.image = lib.mkOption { type = lib.types.str; }; options.app.replicas = lib.mkOption { type = lib.types.int; default = 1; }; }
  ];
}).config
