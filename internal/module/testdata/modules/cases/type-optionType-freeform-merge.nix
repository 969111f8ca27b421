{ lib }:
(lib.evalModules {
  modules = [
    { freeformType = lib.types.attrsOf lib.types.str; }
    { freeformType = lib.types.attrsOf lib.types.str; }
    { a = "x"; }
  ];
}).config
