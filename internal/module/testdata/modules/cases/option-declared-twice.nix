{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; default = 1; }; }
    { options.a = lib.mkOption { type = lib.types.int; default = 2; }; }
  ];
}).config
