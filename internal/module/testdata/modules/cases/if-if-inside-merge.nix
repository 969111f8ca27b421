{ lib }:
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { l = lib.mkMerge [ (lib.mkIf true [ 1 ]) (lib.mkIf false [ 2 ]) (lib.mkMerge [ [ 3 ] ]) ]; }
  ];
}).config
