{ lib }:
(lib.evalModules {
  modules = [
    { options.app = lib.mkOption { type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; }; options.b = lib.mkOption { type = lib.types.int; }; }; }; }
    { app = { config, ... }: { a = 1; b = config.a + 1; }; }
  ];
}).config
