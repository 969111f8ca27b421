{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.numbers.between 0 1; }; }
    { config.x = 2; }
  ];
}).config
