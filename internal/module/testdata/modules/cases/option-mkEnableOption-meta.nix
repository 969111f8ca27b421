{ lib }:
(lib.evalModules {
  modules = [
    { options.feature.enable = lib.mkEnableOption "the feature"; }
  ];
}).options.feature.enable.description
