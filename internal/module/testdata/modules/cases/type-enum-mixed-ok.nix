{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.enum [ "a" 1 true ]; }; }
    { config.x = 1; }
  ];
}).config
