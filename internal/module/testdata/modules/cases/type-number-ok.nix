{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.number; }; }
    { config.x = [ 1 2.5 ]; }
  ];
}).config
