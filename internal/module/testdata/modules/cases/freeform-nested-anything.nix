{ lib }:
(lib.evalModules {
  modules = [
    { freeformType = lib.types.attrsOf lib.types.anything; options.known = lib.mkOption { type = lib.types.int; default = 1; }; }
    { deep.a.b = 1; }
    { deep.a.c = [ 2 ]; }
  ];
}).config
