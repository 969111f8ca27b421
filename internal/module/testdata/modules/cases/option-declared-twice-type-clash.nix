{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { options.a = lib.mkOption { type = lib.types.str; }; }
    { a = 1; }
  ];
}).config
