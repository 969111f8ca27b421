{ lib }:
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { l = lib.mkOrder 900 [ 2 ]; }
    { l = lib.mkOrder 100 [ 1 ]; }
    { l = lib.mkOrder 2000 [ 4 ]; }
    { l = [ 3 ]; }
  ];
}).config
