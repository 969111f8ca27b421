{ lib }:
(lib.evalModules {
  modules = [
    { options.a.b = lib.mkOption { type = lib.types.int; default = 1; }; }
    { a.c.d = 1; }
  ];
}).config
