{ lib }:
(lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.attrTag { a = lib.mkOption { type = lib.types.int; }; b = lib.mkOption { type = lib.types.int; }; }; }; }
    { s.a = 1; }
    { s.b = 2; }
  ];
}).config
