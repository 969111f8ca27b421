{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.ints.s16; }; }
    { config.x = 32768; }
  ];
}).config
