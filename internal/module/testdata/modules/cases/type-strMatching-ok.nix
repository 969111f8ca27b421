{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.strMatching "[a-z]+-[0-9]+"; }; }
    { config.x = "app-1"; }
  ];
}).config
