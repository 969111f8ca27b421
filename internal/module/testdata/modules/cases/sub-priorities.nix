{ lib }:
(lib.evalModules {
  modules = [
    { options.app = lib.mkOption { type = lib.types.submodule { options.replicas = lib.mkOption { type = lib.types.int; default = 1; }; }; }; }
    { app.replicas = lib.mkDefault 2; }
    { app.replicas = 3; }
  ];
}).config
