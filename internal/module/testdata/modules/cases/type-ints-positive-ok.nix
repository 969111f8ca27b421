{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.ints.positive; }; }
    { config.x = 1; }
  ];
}).config
