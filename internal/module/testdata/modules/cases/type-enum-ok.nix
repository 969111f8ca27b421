{ lib }:
(lib.evalModules {
  modules = [
    { options.x = lib.mkOption { type = lib.types.enum [ "low" "high" ]; }; }
    { config.x = "high"; }
  ];
}).config
