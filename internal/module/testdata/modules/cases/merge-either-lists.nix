{ lib }:
(lib.evalModules {
  modules = [
    { options.e = lib.mkOption { type = lib.types.either (lib.types.listOf lib.types.int) lib.types.str; }; }
    { e = [ 1 ]; }
    { e = [ 2 ]; }
  ];
}).config
