{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.enum [ "only" ]; }; }
    { config.x = "only"; }
  ];
}).config
