{ lib }:
(lib.evalModules {
  modules = [
    { options.app = lib.mkOption { type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; default = 0; }; options.l = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }; }; }
    { app.a = 1; app.l = [ "x" ]; }
    { app.l = [ "y" ]; }
  ];
}).config
