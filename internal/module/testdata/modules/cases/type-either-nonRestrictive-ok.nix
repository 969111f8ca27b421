{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.either lib.types.ints.positive lib.types.str; }; }
    { config.x = 3; }
  ];
}).config
