{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.bool; }; }
    { config.x = 1; }
  ];
}).config
