{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.either lib.types.int lib.types.str; }; }
    { config.x = "x"; }
  ];
}).config
