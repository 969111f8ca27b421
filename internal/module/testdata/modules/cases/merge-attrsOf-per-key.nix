{ lib }:
(lib.evalModules {
  modules = [
    { options.m = lib.mkOption { type = lib.types.attrsOf (lib.types.listOf lib.types.str); }; }
    { m.a = [ "1" ]; m.b = [ "2" ]; }
    { m.a = [ "3" ]; m.c = [ ]; }
  ];
}).config
