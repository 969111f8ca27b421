{ lib }:
(lib.evalModules {
  modules = [
    { options.s.a = lib.mkOption { type = lib.types.int; default = 0; }; options.s.b = lib.mkOption { type = lib.types.int; default = 0; }; }
    { config = lib.mkIf true { s = lib.mkIf true { a = 1; b = lib.mkIf false 2; }; }; }
  ];
}).config
