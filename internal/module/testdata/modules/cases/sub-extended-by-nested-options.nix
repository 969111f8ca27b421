{ lib }:
(lib.evalModules {
  modules = [
    { options.app = lib.mkOption { type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; default = 1; }; }; }; }
    { options.app.b = lib.mkOption { type = lib.types.str; default = "b"; }; }
    { app.a = 2; }
  ];
}).config
