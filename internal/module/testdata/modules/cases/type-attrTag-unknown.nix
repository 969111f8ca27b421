{ lib }:
(lib.evalModules {
  modules = [
    { options.s = lib.mkOption { type = lib.types.attrTag { a = lib.mkOption { type = lib.types.int; }; "b-c" = lib.mkOption { type = lib.types.int; }; }; }; }
    { s.x = 1; }
  ];
}).config
