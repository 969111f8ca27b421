{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.ints.unsigned; }; }
    { config.x = 0; }
  ];
}).config
