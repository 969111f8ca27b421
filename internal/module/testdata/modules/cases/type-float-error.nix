{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.float; }; }
    { config.x = 1; }
  ];
}).config
