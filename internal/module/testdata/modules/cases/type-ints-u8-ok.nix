{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.ints.u8; }; }
    { config.x = 255; }
  ];
}).config
