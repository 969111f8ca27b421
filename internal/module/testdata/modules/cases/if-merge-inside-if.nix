{ lib }:
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { l = lib.mkIf true (lib.mkMerge [ [ 1 ] (lib.mkIf false [ 2 ]) [ 3 ] ]); }
  ];
}).config
