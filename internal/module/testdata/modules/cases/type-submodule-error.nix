{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; }; }; }; }
    { config.x = 5; }
  ];
}).config
