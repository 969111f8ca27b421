{ lib }:
(lib.evalModules {
  modules = [
    { options.feature.enable = lib.mkEnableOption "the feature"; options.other.enable = lib.mkEnableOption "other"; }
    { feature.enable = true; }
  ];
}).config
