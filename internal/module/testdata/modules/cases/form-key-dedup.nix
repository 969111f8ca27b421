{ lib }:
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { key = "same"; l = [ 1 ]; }
    { key = "same"; l = [ 2 ]; }
    { key = "other"; l = [ 3 ]; }
  ];
}).config
