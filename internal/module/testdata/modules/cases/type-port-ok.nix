{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.port; }; }
    { config.x = 8080; }
  ];
}).config
