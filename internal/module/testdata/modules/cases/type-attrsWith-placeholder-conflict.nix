{ lib }:
(lib.evalModules {
  modules = [
    { options.m = lib.mkOption { type = lib.types.attrsWith { elemType = lib.types.int; placeholder = "app"; }; }; }
    { options.m = lib.mkOption { type = lib.types.attrsWith { elemType = lib.types.int; placeholder = "team"; }; }; }
    { m.a = 1; }
  ];
}).config
