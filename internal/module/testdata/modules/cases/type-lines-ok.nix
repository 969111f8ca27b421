{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.lines; }; }
    { config.x = "a"; }
  ];
}).config
