{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.ints.between 1 10; }; }
    { config.x = 11; }
  ];
}).config
