{ lib }:
(lib.evalModules {
  modules = [
    { freeformType = lib.types.attrsOf lib.types.str; }
    { extra = 1; }
  ];
}).config
