{ lib }:
(lib.evalModules {
  modules = [
    { options.m = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.int; }; }
    { m = { a = 1; b = lib.mkIf false 2; }; }
  ];
}).config.m ? b
