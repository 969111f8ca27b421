{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.lines; }; }
    { config.x = 1; }
  ];
}).config
