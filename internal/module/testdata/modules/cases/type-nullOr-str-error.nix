{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.nullOr lib.types.str; }; }
    { config.x = 1; }
  ];
}).config
