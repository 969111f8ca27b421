{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.functionTo lib.types.int; }; }
    { config.x = (x: x + 1); }
  ];
}).config.x 1
