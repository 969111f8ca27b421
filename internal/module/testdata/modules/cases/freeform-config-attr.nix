{ lib }:
(lib.evalModules {
  modules = [
    { config._module.freeformType = lib.types.lazyAttrsOf lib.types.int; }
    { a = 1; b = 2; }
  ];
}).config
