{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.functionTo lib.types.int; }; }
    { config.x = 1; }
  ];
}).config
