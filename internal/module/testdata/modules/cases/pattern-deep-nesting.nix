{ lib }:
(lib.evalModules {
  modules = [
    { options.a.b.c.d = lib.mkOption { type = lib.types.int; default = 0; }; options.a.b.e = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ ]; }; }
    { a.b = { c.d = 1; e = [ 1 ]; }; }
    { config.a = lib.mkMerge [ { b.e = [ 2 ]; } (lib.mkIf true { b.c.d = lib.mkForce 5; }) ]; }
    { a.b.e = lib.mkBefore [ 0 ]; }
  ];
}).config
