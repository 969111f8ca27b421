{ lib }:
(lib.evalModules {
  modules = [
    { options.app = lib.mkOption { type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; default = 0; }; options.b = lib.mkOption { type = lib.types.int; default = 0; }; }; }; }
    { app = lib.mkIf true { a = 1; }; }
    { app.b = lib.mkIf false 5; }
  ];
}).config
