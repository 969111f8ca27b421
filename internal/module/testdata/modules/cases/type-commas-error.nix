{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.commas; }; }
    { config.x = false; }
  ];
}).config
