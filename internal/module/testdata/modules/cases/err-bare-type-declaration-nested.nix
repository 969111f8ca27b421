{ lib }:
(lib.evalModules {
  modules = [
    { options.app.replicas = lib.types.int; options.app.image = lib.mkOption { type = lib.types.str; }; }
    { app.image = "x"; }
  ];
}).config.app.image
