{ lib }:
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.str; }; options.m = lib.mkOption { type = lib.types.attrsOf lib.types.int; }; options.n = lib.mkOption { type = lib.types.nullOr lib.types.int; }; }
  ];
}).config
