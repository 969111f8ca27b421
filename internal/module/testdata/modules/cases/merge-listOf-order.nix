{ lib }:
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { l = [ 1 2 ]; }
    { l = [ 3 ]; }
    { l = [ 4 5 ]; }
  ];
}).config
