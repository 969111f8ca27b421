{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    (lib.mkMerge [ { a = [ 1 ]; } { a = [ 2 ]; } ])
  ];
}).config
