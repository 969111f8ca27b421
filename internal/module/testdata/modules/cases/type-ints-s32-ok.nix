{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.ints.s32; }; }
    { config.x = 2147483647; }
  ];
}).config
