{ lib }:
(lib.evalModules {
  modules = [
    { options.app = lib.mkOption { type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; default = 1; }; }; }; }
    { options.app = lib.mkOption { type = lib.types.submodule { options.b = lib.mkOption { type = lib.types.int; default = 2; }; }; }; }
    { app.a = 10; }
  ];
}).config
