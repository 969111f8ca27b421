{ lib }:
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.int; }; }
    { options.a.b = lib.mkOption { type = lib.types.int; }; }
    { a = 1; }
  ];
}).config
