{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.ints.u32; }; }
    { config.x = 4294967296; }
  ];
}).config
