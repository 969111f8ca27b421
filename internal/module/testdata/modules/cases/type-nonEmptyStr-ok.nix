{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.nonEmptyStr; }; }
    { config.x = "x"; }
  ];
}).config
