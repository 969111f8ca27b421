{ lib }:
(lib.evalModules {
  modules = [
    { options.m = lib.mkOption { type = lib.types.attrsOf lib.types.str; }; }
    { m.a = "x"; }
    { m.a = "y"; }
  ];
}).config
