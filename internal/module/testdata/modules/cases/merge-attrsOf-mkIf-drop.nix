{ lib }:
(lib.evalModules {
  modules = [
    { options.m = lib.mkOption { type = lib.types.attrsOf lib.types.int; }; }
    { m = { a = 1; b = lib.mkIf false 2; c = lib.mkMerge [ (lib.mkIf false 1) ]; }; }
  ];
}).config
