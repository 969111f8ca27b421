{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.ints.u8; }; }
    { config.x = 256; }
  ];
}).config
