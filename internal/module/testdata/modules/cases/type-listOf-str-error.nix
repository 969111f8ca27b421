{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.listOf lib.types.str; }; }
    { config.x = [ "a" 1 ]; }
  ];
}).config
