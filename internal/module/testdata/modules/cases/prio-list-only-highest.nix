{ lib }:
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 0 ]; }; }
    { l = lib.mkDefault [ 1 ]; }
    { l = [ 2 ]; }
    { l = [ 3 ]; }
  ];
}).config
