{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.ints.u16; }; }
    { config.x = 65536; }
  ];
}).config
